package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A responding gateway's endpoint for one IHE transaction.
 *
 * @param transaction such as {@code ITI-38}
 */
public record ServiceEndpoint(UUID accessId, String transaction, String url, Instant updatedAt, UUID updatedBy) {
}
