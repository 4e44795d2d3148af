package digital.onboarding.catalogue.programme;

import java.util.List;

/**
 * What a rule raised on an application's answers.
 *
 * @param ruleId the rule, e.g. {@code R-dspt-date}
 * @param outcome what it does to the application
 * @param message what the applicant reads
 * @param questionIds the questions whose answers the rule looked at, in the order the
 * condition names them
 */
public record Finding(String ruleId, RuleOutcome outcome, String message, List<String> questionIds) {

	public Finding {
		questionIds = List.copyOf(questionIds);
	}

	public boolean blocksSubmission() {
		return this.outcome == RuleOutcome.HARD_STOP;
	}

	public boolean pausesApplication() {
		return this.outcome == RuleOutcome.PAUSE;
	}

}
