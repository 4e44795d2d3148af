package digital.onboarding.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;

import digital.onboarding.evidence.EvidenceRefusedException.Reason;
import org.apache.tika.io.TikaInputStream;

/**
 * What a stored upload must pass before it is recorded: it must be a kind of file the
 * service accepts, recognised from its content; a ZIP (or a document that is one) must be
 * safe to unpack; and the virus scanner must find nothing.
 */
final class EvidenceChecks {

	private final EvidenceStore store;

	private final ContentRecognition recognition;

	private final ArchiveChecks archives;

	private final EvidenceScanner scanner;

	EvidenceChecks(EvidenceStore store, ContentRecognition recognition, ArchiveChecks archives,
			EvidenceScanner scanner) {
		this.store = store;
		this.recognition = recognition;
		this.archives = archives;
		this.scanner = scanner;
	}

	/**
	 * Checks what is stored under the key.
	 * @throws EvidenceRefusedException if it fails a check
	 */
	Passed check(String key) {
		var mediaType = recognise(key);
		return new Passed(mediaType, scan(key));
	}

	private String recognise(String key) {
		// Tika copies the content to a temporary file of its own only for ZIP containers,
		// whose central directory is at the end; the copy goes when the stream is closed.
		try (var content = TikaInputStream.get(this.store.open(key))) {
			var recognised = this.recognition.recognise(content);
			if (recognised.kind() == null) {
				throw new EvidenceRefusedException(Reason.UNSUPPORTED_TYPE, EvidenceKind.REFUSAL);
			}
			if (recognised.zipContainer()) {
				this.archives.check(content.getPath(), recognised.kind().noun());
			}
			return recognised.type().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ScanResult scan(String key) {
		EvidenceScanner.ScanOutcome outcome;
		try (var content = this.store.open(key)) {
			outcome = this.scanner.scan(content);
		}
		catch (IOException ex) {
			throw new EvidenceRefusedException(Reason.SCANNER_UNAVAILABLE,
					"The selected file could not be checked for viruses. Try again later", ex);
		}
		if (outcome.result() == ScanResult.INFECTED) {
			throw new EvidenceRefusedException(Reason.INFECTED, "The selected file contains a virus");
		}
		return outcome.result();
	}

	/** What the checks found out about a file they passed. */
	record Passed(String mediaType, ScanResult scanResult) {
	}

}
