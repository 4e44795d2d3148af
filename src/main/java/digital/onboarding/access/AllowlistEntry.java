package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An address or range an environment lets in for an access, as {@link AllowlistAddress}
 * writes it.
 */
public record AllowlistEntry(UUID id, UUID accessId, String cidr, Instant createdAt, UUID createdBy) {
}
