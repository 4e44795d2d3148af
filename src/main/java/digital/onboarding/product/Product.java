package digital.onboarding.product;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product of an organisation with its significant versions, newest first.
 *
 * @param module the part of a larger product being onboarded, if any
 * @param version for optimistic locking of name and module
 */
public record Product(UUID id, UUID organisationId, String name, String module, Instant archivedAt, int version,
		List<ProductVersion> versions) {

	public boolean isArchived() {
		return this.archivedAt != null;
	}

	public ProductVersion versionById(UUID versionId) {
		return this.versions.stream()
			.filter(candidate -> candidate.id().equals(versionId))
			.findFirst()
			.orElseThrow(() -> new digital.onboarding.platform.NotFoundException("Product version"));
	}

}
