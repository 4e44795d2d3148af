package digital.onboarding.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A supplier or an end user organisation, known by its legal name and ODS code.
 *
 * @param dsptStatus its Data Security and Protection Toolkit status; {@code null} until
 * given
 * @param dsptPublished when that status was published; given with the status
 */
public record Organisation(UUID id, String legalName, String odsCode, OrganisationKind kind, Instant createdAt,
		DsptStatus dsptStatus, LocalDate dsptPublished, int version) {

	/** Its DSPT status, if it gave one. */
	public Optional<Dspt> dspt() {
		return this.dsptStatus == null ? Optional.empty() : Optional.of(new Dspt(this.dsptStatus, this.dsptPublished));
	}

}
