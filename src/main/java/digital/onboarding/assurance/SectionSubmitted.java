package digital.onboarding.assurance;

import java.util.Set;
import java.util.UUID;

/**
 * A section was submitted for review as an immutable revision; every API in
 * {@code apiIds} counts its decision.
 */
public record SectionSubmitted(UUID organisationId, UUID productId, UUID productVersionId, String sectionId,
		Set<String> apiIds, UUID revisionId, int revisionNumber) {
}
