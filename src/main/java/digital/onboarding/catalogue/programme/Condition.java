package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A condition on answers, written as data in a programme file and evaluated here without
 * running anything the file says: a small, closed set of comparisons combined with
 * {@code all}, {@code any} and {@code not}. Every comparison is false for a question with
 * no answer, so a rule never fires on what has not been said yet.
 */
public sealed interface Condition {

	/**
	 * Whether the condition holds.
	 * @param answers the answers, hidden questions' answers already left out
	 * @param today the date against which date comparisons are made
	 */
	boolean holds(Answers answers, LocalDate today);

	/** The questions the condition looks at, each once, in the order it names them. */
	List<String> questionIds();

	/** The condition in the form a programme file writes it. */
	Map<String, Object> toData();

	/**
	 * {@code {question: q, equals: v}}: the answer is v, or a multiple choice includes v.
	 */
	record Equals(String question, String value) implements Condition {

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return answers.comparableValues(this.question).contains(this.value);
		}

		@Override
		public List<String> questionIds() {
			return List.of(this.question);
		}

		@Override
		public Map<String, Object> toData() {
			return data("question", this.question, "equals", this.value);
		}

	}

	/** {@code {question: q, in: [a, b]}}: the answer, or one chosen value, is listed. */
	record In(String question, List<String> values) implements Condition {

		public In {
			values = List.copyOf(values);
		}

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return answers.comparableValues(this.question).stream().anyMatch(this.values::contains);
		}

		@Override
		public List<String> questionIds() {
			return List.of(this.question);
		}

		@Override
		public Map<String, Object> toData() {
			return data("question", this.question, "in", this.values);
		}

	}

	/** {@code {question: q, notIn: [a, b]}}: answered, and with no listed value. */
	record NotIn(String question, List<String> values) implements Condition {

		public NotIn {
			values = List.copyOf(values);
		}

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			var given = answers.comparableValues(this.question);
			return !given.isEmpty() && given.stream().noneMatch(this.values::contains);
		}

		@Override
		public List<String> questionIds() {
			return List.of(this.question);
		}

		@Override
		public Map<String, Object> toData() {
			return data("question", this.question, "notIn", this.values);
		}

	}

	/** {@code {question: q, answered: true}}, or {@code false} for not answered. */
	record Answered(String question, boolean answered) implements Condition {

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return answers.isAnswered(this.question) == this.answered;
		}

		@Override
		public List<String> questionIds() {
			return List.of(this.question);
		}

		@Override
		public Map<String, Object> toData() {
			return data("question", this.question, "answered", this.answered);
		}

	}

	/**
	 * {@code {question: q, olderThanMonths: 12}}: the date answered lies more than that
	 * many calendar months before today.
	 */
	record OlderThanMonths(String question, int months) implements Condition {

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return answers.text(this.question)
				.map(OlderThanMonths::date)
				.map(date -> date.isBefore(today.minusMonths(this.months)))
				.orElse(false);
		}

		private static LocalDate date(String text) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		@Override
		public List<String> questionIds() {
			return List.of(this.question);
		}

		@Override
		public Map<String, Object> toData() {
			return data("question", this.question, "olderThanMonths", this.months);
		}

	}

	/**
	 * {@code {answersDiffer: [a, b, c]}}: two or more of these questions are answered,
	 * not all alike; for the same question asked again in several stages.
	 */
	record AnswersDiffer(List<String> questions) implements Condition {

		public AnswersDiffer {
			questions = List.copyOf(questions);
		}

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return this.questions.stream()
				.map(answers::comparableValues)
				.filter(values -> !values.isEmpty())
				.distinct()
				.count() > 1;
		}

		@Override
		public List<String> questionIds() {
			return this.questions.stream().distinct().toList();
		}

		@Override
		public Map<String, Object> toData() {
			return data("answersDiffer", this.questions);
		}

	}

	/** {@code {all: [...]}}: every one of the conditions holds. */
	record All(List<Condition> conditions) implements Condition {

		public All {
			conditions = List.copyOf(conditions);
		}

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return this.conditions.stream().allMatch(condition -> condition.holds(answers, today));
		}

		@Override
		public List<String> questionIds() {
			return questionIdsOf(this.conditions);
		}

		@Override
		public Map<String, Object> toData() {
			return data("all", this.conditions.stream().map(Condition::toData).toList());
		}

	}

	/** {@code {any: [...]}}: at least one of the conditions holds. */
	record Any(List<Condition> conditions) implements Condition {

		public Any {
			conditions = List.copyOf(conditions);
		}

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return this.conditions.stream().anyMatch(condition -> condition.holds(answers, today));
		}

		@Override
		public List<String> questionIds() {
			return questionIdsOf(this.conditions);
		}

		@Override
		public Map<String, Object> toData() {
			return data("any", this.conditions.stream().map(Condition::toData).toList());
		}

	}

	/** {@code {not: {...}}}: the condition does not hold. */
	record Not(Condition condition) implements Condition {

		@Override
		public boolean holds(Answers answers, LocalDate today) {
			return !this.condition.holds(answers, today);
		}

		@Override
		public List<String> questionIds() {
			return this.condition.questionIds();
		}

		@Override
		public Map<String, Object> toData() {
			return data("not", this.condition.toData());
		}

	}

	private static List<String> questionIdsOf(List<Condition> conditions) {
		return conditions.stream().flatMap(condition -> condition.questionIds().stream()).distinct().toList();
	}

	private static Map<String, Object> data(Object... keysAndValues) {
		var data = new LinkedHashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			data.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return data;
	}

}
