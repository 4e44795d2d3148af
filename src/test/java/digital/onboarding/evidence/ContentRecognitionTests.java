package digital.onboarding.evidence;

import digital.onboarding.support.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are recognised by what they contain; a name plays no part, as none is given. */
class ContentRecognitionTests {

	private final ContentRecognition recognition = new ContentRecognition();

	@Test
	void recognisesEachAcceptedKindByItsContent() throws IOException {
		assertThat(recognise(Samples.pdf())).isEqualTo(accepted("application/pdf", EvidenceKind.PDF, false));
		assertThat(recognise(Samples.png())).isEqualTo(accepted("image/png", EvidenceKind.IMAGE, false));
		assertThat(recognise(Samples.docx()))
			.isEqualTo(accepted("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					EvidenceKind.OFFICE_DOCUMENT, true));
		assertThat(recognise(Samples.xlsx()))
			.isEqualTo(accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					EvidenceKind.OFFICE_DOCUMENT, true));
		assertThat(recognise(Samples.odt()))
			.isEqualTo(accepted("application/vnd.oasis.opendocument.text", EvidenceKind.OFFICE_DOCUMENT, true));
		assertThat(recognise(Samples.doc()))
			.isEqualTo(accepted("application/msword", EvidenceKind.OFFICE_DOCUMENT, false));
		assertThat(recognise(Samples.zip("notes.txt", Samples.ascii("hello"))))
			.isEqualTo(accepted("application/zip", EvidenceKind.ZIP, true));
	}

	@Test
	void refusesProgramsTextAndScriptableImages() throws IOException {
		assertThat(recognise(Samples.executable()).kind()).isNull();
		assertThat(recognise(Samples.ascii("Just some notes, saved as report.pdf")).kind()).isNull();
		assertThat(recognise(Samples.ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))
			.kind()).isNull();
		assertThat(recognise(Samples.zip(Map.of("META-INF/MANIFEST.MF", Samples.ascii("Manifest-Version: 1.0\n"),
				"App.class", new byte[] { (byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe })))
			.kind()).as("a Java program is a ZIP, but not evidence").isNull();
	}

	private ContentRecognition.Recognised recognise(byte[] content) throws IOException {
		try (var stream = TikaInputStream.get(new ByteArrayInputStream(content))) {
			return this.recognition.recognise(stream);
		}
	}

	private static ContentRecognition.Recognised accepted(String type, EvidenceKind kind, boolean zipContainer) {
		return new ContentRecognition.Recognised(org.apache.tika.mime.MediaType.parse(type), kind, zipContainer);
	}

}
