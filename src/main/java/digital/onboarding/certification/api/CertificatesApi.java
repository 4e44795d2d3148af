package digital.onboarding.certification.api;

import java.time.Instant;
import java.time.LocalDate;

import digital.onboarding.certification.Certificate;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.CertificateStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A certificate with its live status and signature, public so that anyone can check one.
 */
@RestController
@Tag(name = "Certificates", description = "Technical conformance certificates and their live status")
class CertificatesApi {

	private final CertificateManagement certificates;

	CertificatesApi(CertificateManagement certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/api/v1/certificates/{id}")
	@Operation(summary = "Get a certificate and its live status",
			description = "The JWS (ES256) is signed over the certificate's canonical JSON, given as payload; "
					+ "verify it with the service's keys at /.well-known/jwks.json. The status is live and not signed.")
	@ApiResponse(responseCode = "200", description = "The certificate")
	@ApiResponse(responseCode = "404", description = "No certificate has this id")
	CertificateDocumentJson certificate(@PathVariable String id) {
		return CertificateDocumentJson.of(this.certificates.get(id), this.certificates.verificationLink(id));
	}

	/**
	 * A certificate as JSON.
	 *
	 * @param expiresOn the first day it is no longer valid
	 * @param payload the canonical JSON that {@code jws} signs
	 * @param statusReason why it was suspended, revoked or reinstated, if it was
	 * @param statusChangedAt when its status last changed, if it did
	 * @param supersededBy the newer version's certificate, if superseded
	 */
	record CertificateDocumentJson(String id, String organisationLegalName, String productName, String productModule,
			String version, String patchVersionsCovered, String apiId, String apiName, String connectionType,
			LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, String statusReason,
			Instant statusChangedAt, String supersededBy, String verificationPage, String payload, String jws,
			String kid) {

		static CertificateDocumentJson of(Certificate c, String link) {
			return new CertificateDocumentJson(c.id(), c.organisationName(), c.productName(), c.productModule(),
					c.versionNumber(), c.patchVersionsCovered(), c.apiId(), c.apiName(), c.connectionType(),
					c.issuedOn(), c.expiresOn(), c.status(), c.statusReason(), c.statusChangedAt(), c.supersededBy(),
					link, c.payload(), c.jws(), c.kid());
		}

	}

}
