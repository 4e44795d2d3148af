package digital.onboarding.catalogue.programme;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application's answers by question id, in the plain forms JSON holds: a string, a
 * list of strings, a map of strings (a person) or a list of maps (a repeatable group).
 * See {@link QuestionType} for the form each type takes.
 */
public final class Answers {

	private static final Answers NONE = new Answers(Map.of());

	private final Map<String, Object> values;

	private Answers(Map<String, Object> values) {
		this.values = values;
	}

	public static Answers none() {
		return NONE;
	}

	/** The answers in a map; {@code null} values count as unanswered and are dropped. */
	public static Answers of(Map<String, ?> values) {
		var copy = new LinkedHashMap<String, Object>();
		values.forEach((id, value) -> {
			if (value != null) {
				copy.put(id, value);
			}
		});
		return new Answers(copy);
	}

	/** The raw answer, or {@code null}. */
	public Object get(String questionId) {
		return this.values.get(questionId);
	}

	/** Whether the question has an answer that says something: not blank, not empty. */
	public boolean isAnswered(String questionId) {
		return isAnswered(this.values.get(questionId));
	}

	public static boolean isAnswered(Object value) {
		if (value instanceof String text) {
			return !text.isBlank();
		}
		if (value instanceof Collection<?> items) {
			return !items.isEmpty();
		}
		if (value instanceof Map<?, ?> fields) {
			return fields.values().stream().anyMatch(Answers::isAnswered);
		}
		return value != null;
	}

	/**
	 * The answer's values for comparison: one for a string answer, each chosen value for
	 * a multiple choice, none if unanswered or not comparable.
	 */
	public List<String> comparableValues(String questionId) {
		var value = this.values.get(questionId);
		if (value instanceof String text && !text.isBlank()) {
			return List.of(text.strip());
		}
		if (value instanceof List<?> items && items.stream().allMatch(String.class::isInstance)) {
			return items.stream().map(item -> ((String) item).strip()).toList();
		}
		return List.of();
	}

	/** A string answer, stripped; empty if unanswered or not a string. */
	public Optional<String> text(String questionId) {
		return this.values.get(questionId) instanceof String text && !text.isBlank() ? Optional.of(text.strip())
				: Optional.empty();
	}

	/** Only the answers to these questions. */
	public Answers only(Set<String> questionIds) {
		return new Answers(this.values.entrySet()
			.stream()
			.filter(entry -> questionIds.contains(entry.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
	}

	public Map<String, Object> asMap() {
		return Map.copyOf(this.values);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers answers && answers.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

}
