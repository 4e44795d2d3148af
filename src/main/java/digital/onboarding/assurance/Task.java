package digital.onboarding.assurance;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A section on the task list: where it stands, why it cannot start if it cannot, and
 * which APIs count its decision; after a move to a newer programme version, the words of
 * its new and changed questions until it is submitted again.
 */
public record Task(String sectionId, String title, boolean shared, List<String> apiIds, SectionStatus status,
		String reason, List<String> changedQuestions) {

	public Task {
		changedQuestions = changedQuestions == null ? List.of() : List.copyOf(changedQuestions);
	}

	/** The same shared section as another API's task list has it. */
	Task sharedWith(Task other) {
		var apis = new LinkedHashSet<>(this.apiIds);
		apis.addAll(other.apiIds);
		var blocked = this.status == SectionStatus.CANNOT_START_YET ? this : other;
		return new Task(this.sectionId, this.title, true, List.copyOf(apis), blocked.status, blocked.reason,
				this.changedQuestions);
	}

	/** The API whose address the section's page is opened at. */
	public String firstApiId() {
		return this.apiIds.get(0);
	}

}
