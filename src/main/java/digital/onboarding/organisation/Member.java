package digital.onboarding.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A person in an organisation, as its members see them.
 */
public record Member(UUID accountId, String fullName, String email, MemberRole role, Instant joinedAt) {
}
