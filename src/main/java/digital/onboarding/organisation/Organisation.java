package digital.onboarding.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A supplier or an end user organisation, known by its legal name and ODS code.
 */
public record Organisation(UUID id, String legalName, String odsCode, OrganisationKind kind, Instant createdAt,
		int version) {
}
