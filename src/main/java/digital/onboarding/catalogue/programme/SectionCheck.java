package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A section's answers checked: answers that do not fit their questions, which stop a
 * save, and required questions left unanswered, which stop a submission (R-complete).
 * Only shown questions count.
 *
 * @param sectionId the section
 * @param invalid answers that do not fit, in question order
 * @param missing required questions without an answer, in question order
 */
public record SectionCheck(String sectionId, List<AnswerProblem> invalid, List<AnswerProblem> missing) {

	public SectionCheck {
		invalid = List.copyOf(invalid);
		missing = List.copyOf(missing);
	}

	/**
	 * @param answers all the application's answers, since a question may depend on one in
	 * an earlier section
	 * @throws IllegalArgumentException if the programme has no such section
	 */
	public static SectionCheck of(Programme programme, String sectionId, Answers answers, LocalDate today) {
		var section = programme.section(sectionId)
			.orElseThrow(() -> new IllegalArgumentException(programme.apiId() + " has no section " + sectionId));
		var visibility = Visibility.of(programme, answers, today);
		var invalid = new ArrayList<AnswerProblem>();
		var missing = new ArrayList<AnswerProblem>();
		for (var question : visibility.shownQuestions(section)) {
			var answer = answers.get(question.id());
			if (Answers.isAnswered(answer)) {
				AnswerValidation.problemWith(question, answer)
					.ifPresent(problem -> invalid.add(new AnswerProblem(question.id(), problem)));
			}
			else if (question.required()) {
				missing.add(new AnswerProblem(question.id(), "Answer \"" + question.label() + "\""));
			}
		}
		return new SectionCheck(sectionId, invalid, missing);
	}

	/** Whether the answers may be saved, unfinished as they may be. */
	public boolean canBeSaved() {
		return this.invalid.isEmpty();
	}

	/** Whether the section may be submitted, as far as its answers go (R-complete). */
	public boolean isComplete() {
		return this.invalid.isEmpty() && this.missing.isEmpty();
	}

}
