package digital.onboarding.assurance;

import java.util.UUID;

/**
 * The applicant took back a submitted revision before anyone started reviewing it.
 */
public record SectionWithdrawn(UUID organisationId, UUID productVersionId, UUID revisionId) {
}
