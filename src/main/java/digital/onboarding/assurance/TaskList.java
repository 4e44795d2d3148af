package digital.onboarding.assurance;

import java.time.Instant;
import java.util.List;

import digital.onboarding.catalogue.programme.Finding;

/**
 * A product version's applications as a task list: the sections several APIs share, then
 * each API's own sections by stage, its progress and its open findings; and the
 * applications a rejection closed.
 */
public record TaskList(List<Task> sharedSections, List<ApiTasks> apis, List<RejectedApplication> rejected) {

	/** An application closed by a rejection, which the applicant may start again. */
	public record RejectedApplication(String apiId, String apiName, Instant rejectedAt) {
	}

	/**
	 * One API's sections and progress.
	 *
	 * @param newerProgrammeVersion the newest version of the programme if the application
	 * is on an older one, which it may move to; {@code null} otherwise
	 */
	public record ApiTasks(String apiId, String apiName, String programmeVersion, List<StageTasks> stages,
			int approvedSections, int totalSections, List<Finding> openFindings, String newerProgrammeVersion) {
	}

	/** The sections of one stage. */
	public record StageTasks(String title, List<Task> sections) {
	}

}
