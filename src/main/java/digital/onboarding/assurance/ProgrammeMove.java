package digital.onboarding.assurance;

import java.util.List;

import digital.onboarding.catalogue.programme.ProgrammeChanges;

/**
 * What moving an application to the newest version of its programme would change: the
 * new, changed and removed questions, section by section, and the approved sections that
 * would go back to the applicant because they have new or changed questions.
 *
 * @param toVersion the newest version; the same as {@code fromVersion} when the
 * application is on it already
 * @param sectionsToAnswerAgain the titles of the approved sections that need assuring
 * again
 * @param blockedBy why the move cannot happen yet; {@code null} if it can
 */
public record ProgrammeMove(String apiId, String apiName, String fromVersion, String toVersion,
		List<ProgrammeChanges.SectionChanges> changes, List<String> sectionsToAnswerAgain, String blockedBy) {

	public ProgrammeMove {
		changes = List.copyOf(changes);
		sectionsToAnswerAgain = List.copyOf(sectionsToAnswerAgain);
	}

	/** Whether a newer version exists to move to. */
	public boolean isAvailable() {
		return !this.fromVersion.equals(this.toVersion);
	}

}
