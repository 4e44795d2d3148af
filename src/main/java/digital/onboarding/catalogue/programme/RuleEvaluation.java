package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * Raises a programme's rules on an application's answers: run on every save and every
 * submission, and what it returns is stored as the application's findings.
 */
public final class RuleEvaluation {

	private RuleEvaluation() {
	}

	/**
	 * The findings the answers raise, in the order the programme lists its rules. Answers
	 * to hidden questions are disregarded.
	 * @param answers the application's answers by question id, shared sections included
	 * @param today the date against which date conditions such as a DSPT's age are judged
	 */
	public static List<Finding> findings(Programme programme, Answers answers, LocalDate today) {
		var visible = Visibility.of(programme, answers, today).visibleAnswers();
		return programme.rules()
			.stream()
			.filter(rule -> rule.when().holds(visible, today))
			.map(rule -> new Finding(rule.id(), rule.outcome(), rule.message(), rule.when().questionIds()))
			.toList();
	}

}
