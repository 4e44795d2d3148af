package digital.onboarding.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agreement issued to an organisation's legal signatory for the APIs of one product
 * version, with the exact text they are asked to accept.
 *
 * @param revisionId the submitted connection agreement section that acceptance approves
 * @param textSha256 SHA-256 (hex) of {@code text}, as issued
 * @param linkExpiresAt when the signatory's link stops working
 * @param acceptedFrom the address the acceptance came from
 * @param acceptedVersion the agreement version accepted
 * @param acceptedSha256 the SHA-256 of the text shown when it was accepted
 * @param replaces the active agreement this one replaces when accepted, for a newer
 * version; {@code null} for the first
 */
public record ConnectionAgreement(UUID id, AgreementReference reference, UUID organisationId, UUID productId,
		UUID productVersionId, UUID revisionId, List<String> apiIds, int textVersion, String text, String textSha256,
		String signatoryName, String signatoryRole, String signatoryEmail, AgreementState state, Instant issuedAt,
		Instant linkExpiresAt, String acceptedName, String acceptedRole, Instant acceptedAt, String acceptedFrom,
		Integer acceptedVersion, String acceptedSha256, UUID replaces, Instant supersededAt) {

	public ConnectionAgreement {
		apiIds = List.copyOf(apiIds);
	}

	/** Whether this asks an active agreement's signatory to accept a newer version. */
	public boolean isReacceptance() {
		return this.replaces != null;
	}

	/** Whether it waits for the signatory. */
	public boolean isAwaitingAcceptance() {
		return this.state == AgreementState.ISSUED;
	}

	/** Whether a signed copy exists. */
	public boolean isAccepted() {
		return this.acceptedAt != null;
	}

}
