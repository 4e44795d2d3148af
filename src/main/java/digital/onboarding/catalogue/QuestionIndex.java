package digital.onboarding.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;

/**
 * The questions of one programme (or one shared section) in the order they are asked, so
 * that ids stay unique and what conditions refer to can be checked once everything is
 * read.
 */
final class QuestionIndex {

	/** The position of a rule, which may look at any question. */
	static final int ANYWHERE = Integer.MAX_VALUE;

	/** How a condition uses the question it names. */
	enum Use {

		/** {@code equals}, {@code in}, {@code notIn}, {@code answersDiffer}. */
		COMPARE,

		/** {@code olderThanMonths}. */
		DATE,

		/** {@code answered}, which any question can be. */
		ANSWERED

	}

	/**
	 * A question named by a condition.
	 *
	 * @param path where the name is written
	 * @param values the values compared with; empty unless {@link Use#COMPARE}
	 * @param referrer the position of the question whose condition this is, or
	 * {@link #ANYWHERE}
	 */
	record Reference(String path, String questionId, Use use, List<String> values, int referrer) {

	}

	private record Entry(Question question, int position, boolean inGroup, String path) {

	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private int nextPosition;

	/** The position the next top-level question will take. */
	int nextPosition() {
		return this.nextPosition;
	}

	/** Adds a question, with a group's own questions, reporting an id used already. */
	void add(Question question, String path, FileProblems problems) {
		add(new Entry(question, this.nextPosition++, false, path), problems);
		for (int i = 0; i < question.questions().size(); i++) {
			add(new Entry(question.questions().get(i), ANYWHERE, true, path + ".questions[" + i + "]"), problems);
		}
	}

	private void add(Entry entry, FileProblems problems) {
		var earlier = this.entries.putIfAbsent(entry.question().id(), entry);
		if (earlier != null) {
			problems.add(entry.path() + ".id",
					entry.question().id() + " is already the id of the question at " + earlier.path());
		}
	}

	/**
	 * Reports each reference to a question that is unknown, later, or of the wrong kind.
	 */
	void check(List<Reference> references, FileProblems problems) {
		for (var reference : references) {
			var problem = problemWith(reference);
			if (problem != null) {
				problems.add(reference.path(), problem);
			}
		}
	}

	private String problemWith(Reference reference) {
		var id = reference.questionId();
		var entry = this.entries.get(id);
		if (entry == null) {
			return "no question has the id " + id;
		}
		if (entry.inGroup()) {
			return id + " is inside a repeatable group; conditions can use only questions outside groups";
		}
		if (entry.position() >= reference.referrer()) {
			return entry.position() == reference.referrer() ? "a question cannot depend on itself"
					: id + " is asked after this question; a question can depend only on questions before it";
		}
		var question = entry.question();
		return switch (reference.use()) {
			case ANSWERED -> null;
			case DATE -> question.type() == QuestionType.DATE ? null
					: id + " is a " + question.type().value() + " question; olderThanMonths needs a date question";
			case COMPARE -> comparisonProblem(question, reference.values());
		};
	}

	private static String comparisonProblem(Question question, List<String> values) {
		if (!question.type().isComparable()) {
			return question.id() + " is a " + question.type().value()
					+ " question; only yes-no, choice and text answers can be compared";
		}
		if (!question.type().isChoice()) {
			return null;
		}
		var options = question.options().stream().map(Option::value).toList();
		return values.stream()
			.filter(value -> !options.contains(value))
			.findFirst()
			.map(value -> value + " is not an option of " + question.id() + "; its options are "
					+ options.stream().collect(Collectors.joining(", ")))
			.orElse(null);
	}

}
