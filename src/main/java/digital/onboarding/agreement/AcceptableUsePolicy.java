package digital.onboarding.agreement;

import java.time.Instant;
import java.util.UUID;

/**
 * The acceptable use policy as issued to an end user organisation's legal signatory, with
 * the exact text they are asked to accept. It binds the whole organisation.
 *
 * @param textSha256 SHA-256 (hex) of {@code text}, as issued
 * @param linkExpiresAt when the signatory's link stops working
 * @param acceptedFrom the address the acceptance came from
 * @param acceptedSha256 the SHA-256 of the text shown when it was accepted
 */
public record AcceptableUsePolicy(UUID id, UUID organisationId, int textVersion, String text, String textSha256,
		String signatoryName, String signatoryRole, String signatoryEmail, AgreementState state, Instant issuedAt,
		Instant linkExpiresAt, String acceptedName, String acceptedRole, Instant acceptedAt, String acceptedFrom,
		String acceptedSha256, Instant supersededAt) {

	public boolean isAccepted() {
		return this.acceptedAt != null;
	}

	public boolean isAwaitingAcceptance() {
		return this.state == AgreementState.ISSUED;
	}

}
