package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A product version's access to one environment of an API; for production, when the API
 * is commissioned, for one end user organisation.
 *
 * @param reference the application id shown to the supplier, such as
 * {@code NIR-INT-7K3QF9}
 * @param commissionId the commission production access is for; {@code null} otherwise
 * @param endUserOrganisationName the commissioning organisation's name, with
 * {@code commissionId}
 * @param decidedBy who granted or refused it; {@code null} when the service granted it
 * because its gates were met
 * @param version for optimistic locking of staff decisions
 */
public record EnvironmentAccess(UUID id, String reference, UUID organisationId, UUID productId, UUID productVersionId,
		String apiId, Environment environment, UUID commissionId, String endUserOrganisationName, AccessStatus status,
		Instant requestedAt, UUID requestedBy, Instant recommendedAt, UUID recommendedBy, Instant decidedAt,
		UUID decidedBy, String refusalReason, int version) {

	public boolean isGranted() {
		return this.status == AccessStatus.GRANTED;
	}

	/** Whether certificates, addresses and endpoints may still be given for it. */
	public boolean isUsable() {
		return this.status != AccessStatus.REFUSED;
	}

}
