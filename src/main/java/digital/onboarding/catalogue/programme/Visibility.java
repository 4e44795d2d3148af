package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Which questions of a programme are shown, given the answers so far. A question whose
 * condition fails is hidden and its answer disregarded, so a question that depends on a
 * hidden one is hidden too: answers left behind by a changed mind count for nothing.
 */
public final class Visibility {

	private final Set<String> shown;

	private final Answers visibleAnswers;

	private Visibility(Set<String> shown, Answers visibleAnswers) {
		this.shown = Set.copyOf(shown);
		this.visibleAnswers = visibleAnswers;
	}

	/**
	 * @param programme the programme, whose conditions refer only to earlier questions,
	 * so one pass in order settles every question
	 * @param answers the application's answers by question id
	 * @param today the date for conditions that compare dates
	 */
	public static Visibility of(Programme programme, Answers answers, LocalDate today) {
		var shown = new HashSet<String>();
		var visible = new LinkedHashMap<String, Object>();
		programme.questions().forEach(question -> {
			var condition = question.showWhen();
			if (condition == null || condition.holds(Answers.of(visible), today)) {
				shown.add(question.id());
				visible.put(question.id(), answers.get(question.id()));
			}
		});
		return new Visibility(shown, Answers.of(visible));
	}

	public boolean isShown(String questionId) {
		return this.shown.contains(questionId);
	}

	/** The section's questions that are shown, in order. */
	public List<Question> shownQuestions(Section section) {
		return section.questions().stream().filter(question -> isShown(question.id())).toList();
	}

	/** The answers to shown questions only: what rules and reviewers go by. */
	public Answers visibleAnswers() {
		return this.visibleAnswers;
	}

}
