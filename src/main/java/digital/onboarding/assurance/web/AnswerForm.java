package digital.onboarding.assurance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.programme.Question;

/**
 * Reads a section's answers from its form, one naming scheme per question type: a person
 * is {@code id.name}, {@code id.role}, {@code id.email}; a date is {@code id.day},
 * {@code id.month}, {@code id.year}; a repeatable group's entries are
 * {@code id[0].child}; a list of addresses is one per line.
 */
final class AnswerForm {

	private AnswerForm() {
	}

	static Map<String, Object> read(List<Question> questions, Map<String, String[]> parameters) {
		var answers = new LinkedHashMap<String, Object>();
		for (var question : questions) {
			var answer = read(question, question.id(), parameters);
			if (answer != null) {
				answers.put(question.id(), answer);
			}
		}
		return answers;
	}

	private static Object read(Question question, String name, Map<String, String[]> parameters) {
		return switch (question.type()) {
			case MULTIPLE_CHOICE -> list(parameters.get(name));
			case PERSON -> person(name, parameters);
			case DATE -> date(name, parameters);
			case IP_ADDRESSES -> lines(first(parameters, name));
			case REPEATABLE_GROUP -> group(question, name, parameters);
			default -> first(parameters, name);
		};
	}

	private static List<String> list(String[] values) {
		var chosen = values == null ? List.<String>of()
				: Arrays.stream(values).filter(value -> !value.isBlank()).toList();
		return chosen.isEmpty() ? null : chosen;
	}

	private static Map<String, String> person(String name, Map<String, String[]> parameters) {
		var person = new LinkedHashMap<String, String>();
		for (var part : List.of("name", "role", "email")) {
			var value = first(parameters, name + "." + part);
			if (value != null) {
				person.put(part, value);
			}
		}
		return person.isEmpty() ? null : person;
	}

	/**
	 * An ISO date when the parts make one; otherwise the parts as typed, which the
	 * question's check then refuses with its message.
	 */
	private static String date(String name, Map<String, String[]> parameters) {
		var day = first(parameters, name + ".day");
		var month = first(parameters, name + ".month");
		var year = first(parameters, name + ".year");
		if (day == null && month == null && year == null) {
			return null;
		}
		try {
			return "%04d-%02d-%02d".formatted(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (NumberFormatException ex) {
			return String.join("/", value(day), value(month), value(year));
		}
	}

	private static List<Map<String, Object>> group(Question group, String name, Map<String, String[]> parameters) {
		var entries = new ArrayList<Map<String, Object>>();
		for (int index = 0;; index++) {
			var prefix = name + "[" + index + "]";
			if (parameters.keySet().stream().noneMatch(key -> key.startsWith(prefix + "."))) {
				break;
			}
			var entry = new LinkedHashMap<String, Object>();
			for (var child : group.questions()) {
				var answer = read(child, prefix + "." + child.id(), parameters);
				if (answer != null) {
					entry.put(child.id(), answer);
				}
			}
			if (!entry.isEmpty()) {
				entries.add(entry);
			}
		}
		return entries.isEmpty() ? null : entries;
	}

	private static List<String> lines(String text) {
		var lines = text == null ? List.<String>of()
				: text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		return lines.isEmpty() ? null : lines;
	}

	private static String first(Map<String, String[]> parameters, String name) {
		var values = parameters.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return null;
		}
		return values[0].strip();
	}

	private static String value(String part) {
		return part == null ? "" : part;
	}

}
