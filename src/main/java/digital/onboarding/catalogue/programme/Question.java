package digital.onboarding.catalogue.programme;

import java.util.List;
import java.util.Optional;

/**
 * One question of a section.
 *
 * @param id unique within its programme; answers are stored against it
 * @param reference the number or requirement id people know it by, such as {@code Q1.1}
 * or {@code UAT-01}; {@code null} if none
 * @param label the question as the applicant reads it
 * @param type what kind of answer it takes
 * @param required whether a section is complete without it (R-complete)
 * @param hint a short line under the label; {@code null} if none
 * @param supportingInformation why the question is asked and what to consider;
 * {@code null} if none
 * @param options the answers a choice offers, yes and no for a yes/no question; empty for
 * other types
 * @param textLimit the most characters a text answer may hold (R-text-limit);
 * {@code null} for types without text
 * @param showWhen the condition on earlier answers under which the question is shown;
 * {@code null} to show it always
 * @param prefill where the answer may be pre-filled from; {@code null} if nowhere
 * @param questions the questions of each entry of a repeatable group; empty for other
 * types
 * @param evidence what a file question accepts; {@code null} for other types
 */
public record Question(String id, String reference, String label, QuestionType type, boolean required, String hint,
		String supportingInformation, List<Option> options, Integer textLimit, Condition showWhen,
		PrefillSource prefill, List<Question> questions, EvidenceRequirement evidence) {

	public Question {
		options = type == QuestionType.YES_NO ? List.of(Option.YES, Option.NO) : List.copyOf(options);
		questions = List.copyOf(questions);
		if (textLimit == null && type.takesTextLimit()) {
			textLimit = type.defaultTextLimit();
		}
		if (evidence == null && type == QuestionType.FILE) {
			evidence = EvidenceRequirement.DEFAULT;
		}
	}

	public Optional<Option> option(String value) {
		return this.options.stream().filter(option -> option.value().equals(value)).findFirst();
	}

}
