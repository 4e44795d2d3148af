package digital.onboarding.agreement.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An agreement's PDF as a download named by its reference. */
final class Pdfs {

	private Pdfs() {
	}

	static ResponseEntity<byte[]> download(String reference, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("connection-agreement-" + reference + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

}
