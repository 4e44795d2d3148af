package digital.onboarding.assurance;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A section on the task list: where it stands, why it cannot start if it cannot, and
 * which APIs count its decision.
 */
public record Task(String sectionId, String title, boolean shared, Set<String> apiIds, SectionStatus status,
		String reason) {

	/** The same shared section as another API's task list has it. */
	Task sharedWith(Task other) {
		var apis = new LinkedHashSet<>(this.apiIds);
		apis.addAll(other.apiIds);
		var blocked = this.status == SectionStatus.CANNOT_START_YET ? this : other;
		return new Task(this.sectionId, this.title, true, apis, blocked.status, blocked.reason);
	}

}
