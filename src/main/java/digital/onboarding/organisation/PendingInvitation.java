package digital.onboarding.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation sent and neither accepted, withdrawn nor expired.
 */
public record PendingInvitation(UUID id, String email, MemberRole role, Instant createdAt, Instant expiresAt) {
}
