package digital.onboarding.commissioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One INT test run of a commission, recorded by either side.
 *
 * @param organisationId the side that recorded it, whose file the evidence is
 * @param evidenceId the evidence file; {@code null} if none was given
 * @param notes {@code null} if none
 */
public record TestRun(UUID id, UUID commissionId, UUID organisationId, String organisationName, LocalDate startedOn,
		LocalDate endedOn, TestOutcome outcome, UUID evidenceId, String evidenceFilename, String notes,
		Instant recordedAt, UUID recordedBy) {
}
