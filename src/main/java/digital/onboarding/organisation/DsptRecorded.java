package digital.onboarding.organisation;

import java.util.UUID;

/** An organisation gave a new DSPT status or publication date. */
public record DsptRecorded(UUID organisationId, Dspt dspt) {
}
