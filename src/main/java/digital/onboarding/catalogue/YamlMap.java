package digital.onboarding.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A mapping read from a programme file, with its path in the file, whose fields are read
 * as the kinds of value they must hold. A field that holds the wrong kind is reported and
 * read as missing, so reading goes on and finds the next problem too.
 */
final class YamlMap {

	private final Map<?, ?> fields;

	private final String path;

	private final FileProblems problems;

	YamlMap(Map<?, ?> fields, String path, FileProblems problems) {
		this.fields = fields;
		this.path = path;
		this.problems = problems;
	}

	/**
	 * The value at {@code path} as a mapping, or {@code null} after reporting it is not
	 * one.
	 */
	static YamlMap of(Object value, String path, FileProblems problems) {
		if (value instanceof Map<?, ?> map) {
			return new YamlMap(map, path, problems);
		}
		problems.add(path, "must be a mapping");
		return null;
	}

	/** The mapping as written. */
	Map<?, ?> data() {
		return this.fields;
	}

	String path() {
		return this.path;
	}

	String path(String field) {
		return this.path.isEmpty() ? field : this.path + "." + field;
	}

	FileProblems problems() {
		return this.problems;
	}

	void problem(String field, String message) {
		this.problems.add(field == null ? this.path : path(field), message);
	}

	boolean has(String field) {
		return this.fields.get(field) != null;
	}

	Object raw(String field) {
		return this.fields.get(field);
	}

	/** Reports every field not among {@code known}. */
	void allowOnly(Collection<String> known) {
		this.fields.keySet()
			.stream()
			.map(String::valueOf)
			.filter(key -> !known.contains(key))
			.forEach(key -> this.problems.add(path(key),
					"is not a known field; the known fields are " + String.join(", ", known)));
	}

	String text(String field, boolean required) {
		var value = this.fields.get(field);
		if (value == null) {
			if (required) {
				problem(field, "is required");
			}
			return null;
		}
		if (!(value instanceof String text)) {
			problem(field, "must be text");
			return null;
		}
		if (text.isBlank()) {
			problem(field, required ? "is required" : "must not be blank; leave it out instead");
			return null;
		}
		return text.strip();
	}

	/** {@code true} or {@code false}; the default when the field is left out. */
	boolean flag(String field, boolean defaultValue) {
		var value = text(field, false);
		if (value == null) {
			return defaultValue;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problem(field, "must be true or false");
			return defaultValue;
		}
		return Boolean.parseBoolean(value);
	}

	Integer wholeNumber(String field, boolean required, int min, int max) {
		var value = text(field, required);
		if (value == null) {
			return null;
		}
		try {
			var number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, as for a number out of range
		}
		problem(field, "must be a whole number from " + min + " to " + max);
		return null;
	}

	LocalDate date(String field, boolean required) {
		var value = text(field, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(field, "must be a date like 2026-11-23");
			return null;
		}
	}

	/** A value out of a closed set, such as a question type. */
	<E> E oneOf(String field, boolean required, Function<String, Optional<E>> parse, String known) {
		var value = text(field, required);
		if (value == null) {
			return null;
		}
		return parse.apply(value).orElseGet(() -> {
			problem(field, "must be one of " + known);
			return null;
		});
	}

	YamlMap map(String field, boolean required) {
		var value = this.fields.get(field);
		if (value == null) {
			if (required) {
				problem(field, "is required");
			}
			return null;
		}
		return of(value, path(field), this.problems);
	}

	/**
	 * The items of a list; empty after reporting a list that is missing (if required),
	 * not a list or, if required, empty.
	 */
	List<?> list(String field, boolean required) {
		var value = this.fields.get(field);
		if (value == null) {
			if (required) {
				problem(field, "is required");
			}
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problem(field, "must be a list");
			return List.of();
		}
		if (required && items.isEmpty()) {
			problem(field, "must list at least one");
		}
		return items;
	}

	/**
	 * The mappings of a list, each with its path; items that are not mappings are
	 * reported.
	 */
	List<YamlMap> maps(String field, boolean required) {
		var items = list(field, required);
		var maps = new ArrayList<YamlMap>();
		for (int i = 0; i < items.size(); i++) {
			var map = of(items.get(i), path(field) + "[" + i + "]", this.problems);
			if (map != null) {
				maps.add(map);
			}
		}
		return maps;
	}

	/** The text items of a list, each stripped; items that are not text are reported. */
	List<String> texts(String field, boolean required) {
		var items = list(field, required);
		var texts = new ArrayList<String>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) instanceof String text && !text.isBlank()) {
				texts.add(text.strip());
			}
			else {
				this.problems.add(path(field) + "[" + i + "]", "must be text");
			}
		}
		return texts;
	}

}
