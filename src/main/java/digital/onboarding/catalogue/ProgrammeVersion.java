package digital.onboarding.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * A programme version written in the service: a draft its authors change, or a published
 * version, which never changes again.
 *
 * @param programmeVersion the version the text gives, like 1.1; {@code null} while the
 * text does not give one
 * @param yaml the text: the {@code programme} block of a programme file
 * @param version how often the row was saved, for optimistic locking
 */
public record ProgrammeVersion(UUID id, String apiId, String programmeVersion, String yaml, Status status,
		UUID authorId, Instant createdAt, Instant updatedAt, UUID updatedBy, Instant publishedAt, UUID publishedBy,
		String fingerprint, int version) {

	public enum Status {

		DRAFT, PUBLISHED

	}

	public boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

}
