package digital.onboarding.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * The multipart reader on bodies that arrive in pieces of every size, so that a delimiter
 * or the headers are split wherever they can be.
 */
class MultipartFormDataTests {

	private static final String BOUNDARY = "----form-boundary-0123";

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 7, 31, 1000, 100_000 })
	void partsAndTheirContentComeBackWhateverPiecesTheBodyArrivesIn(int piece) throws IOException {
		var file = new byte[300_000];
		new Random(piece).nextBytes(file);
		// Near misses of the delimiter, which are content.
		var nearMisses = ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\n-" + BOUNDARY + "\n--"
				+ BOUNDARY + "\r\r\n--" + BOUNDARY.substring(0, 5) + "\r\n--")
			.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(nearMisses, 0, file, 100_000, nearMisses.length);
		System.arraycopy(nearMisses, 0, file, file.length - nearMisses.length, nearMisses.length);
		var body = concat(ascii("a preamble, ignored\r\n--" + BOUNDARY + "\r\n"
				+ "Content-Disposition: form-data; name=\"description\"\r\n\r\nOur report\r\n--" + BOUNDARY
				+ "  \r\ncontent-disposition: form-data; name=\"file\"; filename*=UTF-8''Pr%C3%BCfbericht%20%22A%22.pdf\r\n"
				+ "Content-Type: application/pdf\r\n\r\n"), file,
				ascii("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--"
						+ BOUNDARY + "--\r\nan epilogue, ignored"));

		var parts = readAll(new MultipartFormData(new Pieces(body, piece), BOUNDARY));

		assertThat(parts).extracting(Read::name).containsExactly("description", "file", "empty");
		assertThat(parts.get(0).content()).isEqualTo(ascii("Our report"));
		assertThat(parts.get(0).filename()).isNull();
		assertThat(parts.get(1).filename()).isEqualTo("Prüfbericht \"A\".pdf");
		assertThat(parts.get(1).content()).isEqualTo(file);
		assertThat(parts.get(2).content()).isEmpty();
	}

	@Test
	void theFirstBoundaryMayOpenTheBodyAndAPartLeftUnreadIsSkipped() throws IOException {
		var body = ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"first\"\r\n\r\n"
				+ "x".repeat(200_000) + "\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"second\"\r\n\r\n" + "y\r\n--" + BOUNDARY + "--");
		var reader = new MultipartFormData(new Pieces(body, 1000), BOUNDARY);
		var first = reader.next();
		assertThat(first.content().read()).isEqualTo('x');
		var second = reader.next();
		assertThat(second.name()).isEqualTo("second");
		assertThat(first.content().read()).as("the earlier part is over").isEqualTo(-1);
		assertThat(second.content().readAllBytes()).isEqualTo(ascii("y"));
		assertThat(reader.next()).isNull();
	}

	@Test
	void aBodyCutShortIsMalformed() throws IOException {
		var reader = new MultipartFormData(
				new ByteArrayInputStream(ascii(
						"--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nsome of the file")),
				BOUNDARY);
		var part = reader.next();
		assertThatExceptionOfType(MultipartFormData.MalformedException.class)
			.isThrownBy(() -> part.content().readAllBytes())
			.withMessage("it ends before its closing boundary");
	}

	@Test
	void partsNeedAFormDataDispositionAndShortHeaders() {
		assertMalformed("--" + BOUNDARY + "\r\n\r\ncontent\r\n--" + BOUNDARY + "--",
				"a part has no Content-Disposition");
		assertMalformed("--" + BOUNDARY + "\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\nx\r\n--"
				+ BOUNDARY + "--", "a part's Content-Disposition is not form-data");
		assertMalformed(
				"--" + BOUNDARY + "\r\nX-Padding: " + "p".repeat(MultipartFormData.MAX_HEADER_SIZE)
						+ "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--" + BOUNDARY + "--",
				"a part's headers are longer than 8192 bytes");
		assertMalformed("--" + BOUNDARY + "junk\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--"
				+ BOUNDARY + "--", "a boundary is not followed by a line break");
	}

	/**
	 * A NUL byte is only ever U+0000 in UTF-8, which cannot be stored: a text field with
	 * one is refused, naming it, while files are read as they are, and a part that is
	 * skipped is not read at all.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 1000 })
	void aTextFieldWithANulByteIsRefusedButAFileIsNot(int piece) throws IOException {
		var body = ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"skipped\"\r\n\r\na\u0000b\r\n--"
				+ BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n\u0000\u0001\r\n--"
				+ BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"unnamed\"\r\nContent-Type: application/pdf\r\n\r\n"
				+ "%PDF\u0000\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"legalName\"\r\n\r\n"
				+ "Beacon" + "x".repeat(5000) + "\u0000 Ltd\r\n--" + BOUNDARY + "--");
		var reader = new MultipartFormData(new Pieces(body, piece), BOUNDARY);
		assertThat(reader.next().name()).isEqualTo("skipped");
		assertThat(reader.next().content().readAllBytes()).isEqualTo(new byte[] { 0, 1 });
		assertThat(reader.next().content().readAllBytes()).isEqualTo(ascii("%PDF\u0000"));
		var field = reader.next();
		assertThatExceptionOfType(UnstorableTextException.class).isThrownBy(() -> field.content().readAllBytes())
			.satisfies(refusal -> assertThat(refusal.errors())
				.containsExactly(entry("legalName", "Remove the control character (U+0000): it cannot be stored")));
	}

	private static void assertMalformed(String body, String message) {
		assertThatExceptionOfType(MultipartFormData.MalformedException.class)
			.isThrownBy(() -> readAll(new MultipartFormData(new Pieces(ascii(body), 5), BOUNDARY)))
			.withMessage(message);
	}

	private static List<Read> readAll(MultipartFormData reader) throws IOException {
		var parts = new ArrayList<Read>();
		for (var part = reader.next(); part != null; part = reader.next()) {
			parts.add(new Read(part.name(), part.filename(), part.content().readAllBytes()));
		}
		return parts;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... pieces) {
		var out = new ByteArrayOutputStream();
		for (var piece : pieces) {
			out.writeBytes(piece);
		}
		return out.toByteArray();
	}

	private record Read(String name, String filename, byte[] content) {
	}

	/** Gives the body at most a few bytes at a time, as a network might. */
	private static final class Pieces extends FilterInputStream {

		private final int size;

		Pieces(byte[] body, int size) {
			super(new ByteArrayInputStream(body));
			this.size = size;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			return super.read(buffer, offset, Math.min(length, this.size));
		}

	}

}
