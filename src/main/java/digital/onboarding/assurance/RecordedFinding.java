package digital.onboarding.assurance;

import java.time.Instant;
import java.util.UUID;

import digital.onboarding.catalogue.programme.Finding;

/**
 * A finding as kept for one API's application, with any override staff recorded.
 *
 * @param overriddenAt when staff overrode it; {@code null} while it counts
 */
public record RecordedFinding(UUID id, String apiId, Finding finding, Instant overriddenAt, String overrideReason) {

	public boolean isOverridden() {
		return this.overriddenAt != null;
	}

}
