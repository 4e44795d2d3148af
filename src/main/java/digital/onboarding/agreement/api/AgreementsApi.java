package digital.onboarding.agreement.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.agreement.ConnectionAgreement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/products/{productId}/agreements")
@Tag(name = "Connection agreements",
		description = "A product's connection agreements: their state, the exact text issued, and its acceptance")
@SecurityRequirement(name = "accessToken")
class AgreementsApi {

	private final AgreementManagement agreements;

	AgreementsApi(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/**
	 * An agreement as the API shows it; the signatory's link is never shown, since it is
	 * theirs alone.
	 *
	 * @param replaces the agreement this one replaces once accepted, for a new version
	 */
	record Agreement(UUID id, String reference, String state, List<String> apiIds, int version, String text,
			String textSha256, String signatoryName, String signatoryRole, String signatoryEmail, Instant issuedAt,
			Instant linkExpiresAt, String acceptedName, String acceptedRole, Instant acceptedAt, UUID replaces) {

		static Agreement of(ConnectionAgreement agreement) {
			return new Agreement(agreement.id(), agreement.reference().value(), agreement.state().name(),
					agreement.apiIds(), agreement.textVersion(), agreement.text(), agreement.textSha256(),
					agreement.signatoryName(), agreement.signatoryRole(), agreement.signatoryEmail(),
					agreement.issuedAt(), agreement.linkExpiresAt(), agreement.acceptedName(), agreement.acceptedRole(),
					agreement.acceptedAt(), agreement.replaces());
		}

	}

	@GetMapping
	@Operation(summary = "The product's connection agreements, the newest first")
	List<Agreement> list(@PathVariable UUID organisationId, @PathVariable UUID productId) {
		return this.agreements.ofProduct(organisationId, productId).stream().map(Agreement::of).toList();
	}

	@GetMapping("/{agreementId}")
	@Operation(summary = "One connection agreement with its exact text")
	Agreement get(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID agreementId) {
		return Agreement.of(this.agreements.get(organisationId, productId, agreementId));
	}

	@GetMapping("/{agreementId}/pdf")
	@Operation(summary = "The agreement as a PDF, with the record of its acceptance (owners and admins)")
	ResponseEntity<byte[]> pdf(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID agreementId) {
		var pdf = this.agreements.pdf(organisationId, productId, agreementId);
		var reference = this.agreements.get(organisationId, productId, agreementId).reference().value();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("connection-agreement-" + reference + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping("/{agreementId}/link")
	@Operation(summary = "Email the legal signatory a new link to an agreement waiting for them (owners and admins); "
			+ "409 if it is no longer waiting")
	ResponseEntity<Void> sendAgain(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID agreementId) {
		this.agreements.sendAgain(organisationId, productId, agreementId);
		return ResponseEntity.noContent().build();
	}

}
