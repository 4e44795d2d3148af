package digital.onboarding.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal access token as its owner sees it in their list; the secret itself is shown
 * only once.
 */
public record AccessToken(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean isActive(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
