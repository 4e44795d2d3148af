package digital.onboarding.agreement.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An agreement's or policy's PDF as a download under a given name. */
final class Pdfs {

	private Pdfs() {
	}

	static ResponseEntity<byte[]> download(String fileName, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName + ".pdf").build().toString())
			.body(pdf);
	}

}
