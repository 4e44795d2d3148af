package digital.onboarding.certification.web;

import digital.onboarding.certification.CertificateDocument;
import digital.onboarding.certification.CertificateManagement;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public verification page of a certificate, which anyone reaches by its id or QR
 * code, and its PDF.
 */
@Controller
class CertificatePagesController {

	private final CertificateManagement certificates;

	private final CertificateDocument document;

	CertificatePagesController(CertificateManagement certificates, CertificateDocument document) {
		this.certificates = certificates;
		this.document = document;
	}

	@GetMapping("/certificates/{id}")
	String certificate(@PathVariable String id, Model model) {
		var certificate = this.certificates.get(id);
		var link = this.certificates.verificationLink(id);
		model.addAttribute("certificate", certificate);
		model.addAttribute("signatureVerifies", this.certificates.signatureVerifies(certificate));
		model.addAttribute("verificationLink", link);
		model.addAttribute("qrCode", this.document.qrCodeDataUri(link));
		return "certification/certificate";
	}

	@GetMapping("/certificates/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		var certificate = this.certificates.get(id);
		var pdf = this.document.pdf(certificate, this.certificates.verificationLink(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(certificate.id() + ".pdf").build().toString())
			.body(pdf);
	}

}
