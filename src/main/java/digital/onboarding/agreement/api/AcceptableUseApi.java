package digital.onboarding.agreement.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import digital.onboarding.agreement.AcceptableUseManagement;
import digital.onboarding.agreement.AcceptableUsePolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/acceptable-use-policy")
@Tag(name = "Acceptable use policy",
		description = "An end user organisation's acceptance of the acceptable use policy, issued to its legal signatory")
@SecurityRequirement(name = "accessToken")
class AcceptableUseApi {

	private final AcceptableUseManagement policies;

	AcceptableUseApi(AcceptableUseManagement policies) {
		this.policies = policies;
	}

	/**
	 * @param inForce whether a version is accepted and in force
	 * @param currentVersion the newest published version
	 * @param policies every policy issued, the newest first
	 */
	record Standing(boolean inForce, int currentVersion, List<Policy> policies) {
	}

	/** A policy as issued; the signatory's link is theirs alone and never shown. */
	record Policy(UUID id, int version, String state, String text, String textSha256, String signatoryName,
			String signatoryRole, String signatoryEmail, Instant issuedAt, Instant linkExpiresAt, String acceptedName,
			String acceptedRole, Instant acceptedAt) {

		static Policy of(AcceptableUsePolicy policy) {
			return new Policy(policy.id(), policy.textVersion(), policy.state().name(), policy.text(),
					policy.textSha256(), policy.signatoryName(), policy.signatoryRole(), policy.signatoryEmail(),
					policy.issuedAt(), policy.linkExpiresAt(), policy.acceptedName(), policy.acceptedRole(),
					policy.acceptedAt());
		}

	}

	/**
	 * @param signatoryContactId one of the organisation's legal signatory contacts
	 */
	record IssueRequest(@NotNull(message = "Give the legal signatory's contact id") UUID signatoryContactId) {
	}

	@GetMapping
	@Operation(summary = "Whether the organisation has accepted the policy, and every policy issued to it")
	Standing get(@PathVariable UUID organisationId) {
		var standing = this.policies.standing(organisationId);
		return new Standing(standing.inForce().isPresent(), standing.currentVersion(),
				standing.history().stream().map(Policy::of).toList());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send the current version to a legal signatory contact to accept (owners and admins of an "
			+ "end user organisation); 409 for a supplier or when the current version is already accepted")
	Policy issue(@PathVariable UUID organisationId, @Valid @RequestBody IssueRequest request) {
		return Policy.of(this.policies.issue(organisationId, request.signatoryContactId()));
	}

	@PostMapping("/link")
	@Operation(summary = "Email the legal signatory a new link to the policy waiting for them (owners and admins); "
			+ "409 if none is waiting")
	ResponseEntity<Void> sendAgain(@PathVariable UUID organisationId) {
		this.policies.sendAgain(organisationId);
		return ResponseEntity.noContent().build();
	}

}
