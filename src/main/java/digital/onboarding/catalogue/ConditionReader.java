package digital.onboarding.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import digital.onboarding.catalogue.QuestionIndex.Reference;
import digital.onboarding.catalogue.QuestionIndex.Use;
import digital.onboarding.catalogue.programme.Condition;

/**
 * Reads conditions, remembering which questions they name so that these can be checked
 * once all questions are known.
 */
final class ConditionReader {

	private static final List<String> COMPARISONS = List.of("equals", "in", "notIn", "answered", "olderThanMonths");

	private static final List<String> FORMS = List.of("question", "all", "any", "not", "answersDiffer");

	private static final String FORMS_TEXT = "question with one of " + String.join(", ", COMPARISONS)
			+ "; or all, any, not or answersDiffer";

	private final List<Reference> references = new ArrayList<>();

	List<Reference> references() {
		return this.references;
	}

	/**
	 * @param referrer the position of the question shown under this condition, or
	 * {@link QuestionIndex#ANYWHERE} for a rule
	 * @return the condition, or {@code null} after reporting its problems
	 */
	Condition read(Object value, String path, int referrer, FileProblems problems) {
		var map = YamlMap.of(value, path, problems);
		if (map == null) {
			return null;
		}
		var forms = FORMS.stream().filter(map::has).toList();
		if (forms.size() != 1) {
			map.problem(null,
					(forms.isEmpty() ? "must be a condition: " : "must be one condition, not several: ") + FORMS_TEXT);
			return null;
		}
		return switch (forms.get(0)) {
			case "all" -> combination(map, "all", referrer, Condition.All::new);
			case "any" -> combination(map, "any", referrer, Condition.Any::new);
			case "not" -> not(map, referrer);
			case "answersDiffer" -> answersDiffer(map, referrer);
			default -> comparison(map, referrer);
		};
	}

	private Condition combination(YamlMap map, String form, int referrer,
			Function<List<Condition>, Condition> combine) {
		map.allowOnly(List.of(form));
		var items = map.list(form, true);
		var conditions = new ArrayList<Condition>();
		for (int i = 0; i < items.size(); i++) {
			conditions.add(read(items.get(i), map.path(form) + "[" + i + "]", referrer, map.problems()));
		}
		return items.isEmpty() || conditions.contains(null) ? null : combine.apply(conditions);
	}

	private Condition not(YamlMap map, int referrer) {
		map.allowOnly(List.of("not"));
		var condition = read(map.raw("not"), map.path("not"), referrer, map.problems());
		return condition == null ? null : new Condition.Not(condition);
	}

	private Condition answersDiffer(YamlMap map, int referrer) {
		map.allowOnly(List.of("answersDiffer"));
		var ids = map.texts("answersDiffer", true);
		if (ids.size() < 2 || ids.stream().distinct().count() < ids.size()) {
			map.problem("answersDiffer", "must list two or more different questions");
			return null;
		}
		for (int i = 0; i < ids.size(); i++) {
			this.references.add(new Reference(map.path("answersDiffer") + "[" + i + "]", ids.get(i), Use.COMPARE,
					List.of(), referrer));
		}
		return new Condition.AnswersDiffer(ids);
	}

	private Condition comparison(YamlMap map, int referrer) {
		var known = new ArrayList<String>(List.of("question"));
		known.addAll(COMPARISONS);
		map.allowOnly(known);
		var question = map.text("question", true);
		var comparisons = COMPARISONS.stream().filter(map::has).toList();
		if (comparisons.size() != 1) {
			map.problem(null, "must have exactly one of " + String.join(", ", COMPARISONS));
			return null;
		}
		var comparison = comparisons.get(0);
		var path = map.path();
		Condition condition = switch (comparison) {
			case "equals" -> {
				var value = map.text("equals", true);
				refer(path, question, Use.COMPARE, value == null ? List.of() : List.of(value), referrer);
				yield value == null ? null : new Condition.Equals(question, value);
			}
			case "in", "notIn" -> {
				var values = map.texts(comparison, true);
				refer(path, question, Use.COMPARE, values, referrer);
				yield values.isEmpty() ? null : comparison.equals("in") ? new Condition.In(question, values)
						: new Condition.NotIn(question, values);
			}
			case "answered" -> {
				refer(path, question, Use.ANSWERED, List.of(), referrer);
				yield new Condition.Answered(question, map.flag("answered", true));
			}
			default -> {
				var months = map.wholeNumber("olderThanMonths", true, 1, 1200);
				refer(path, question, Use.DATE, List.of(), referrer);
				yield months == null ? null : new Condition.OlderThanMonths(question, months);
			}
		};
		return question == null ? null : condition;
	}

	private void refer(String path, String question, Use use, List<String> values, int referrer) {
		if (question != null) {
			this.references.add(new Reference(path, question, use, values, referrer));
		}
	}

}
