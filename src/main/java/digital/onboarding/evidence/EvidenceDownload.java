package digital.onboarding.evidence;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response that hands an evidence file to a person or program: always saved as an
 * attachment, never shown in the browser, and streamed from the store.
 */
public final class EvidenceDownload {

	/**
	 * Keeps a file that reaches a browser anyway from running scripts or loading anything
	 * (an HTML page disguised as a PDF, say).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

	private EvidenceDownload() {
	}

	/** The file as an attachment; the response closes the content once written. */
	public static ResponseEntity<Resource> attachment(EvidenceContent file) {
		var evidence = file.evidence();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(evidence.filename()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.contentType(MediaType.parseMediaType(evidence.mediaType()))
			.contentLength(evidence.size())
			.body(new InputStreamResource(file.content()));
	}

}
