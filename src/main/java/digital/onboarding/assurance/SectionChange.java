package digital.onboarding.assurance;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a section's answers by the applicant, as {@link SectionResponses.Row}
 * allows it: the status it leaves and the one it reaches, by whom and when.
 */
record SectionChange(UUID responseId, SectionStatus from, SectionStatus to, UUID by, Instant at) {

}
