package digital.onboarding.assurance;

import java.time.Instant;
import java.util.UUID;

/** One of a section's revisions, in a list of them. */
public record RevisionSummary(UUID id, int number, Instant submittedAt) {
}
