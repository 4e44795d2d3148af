package digital.onboarding.assurance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import digital.onboarding.catalogue.programme.Answers;
import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.Question;

/**
 * An answer written out as a person reads it, for exports: choices by their option
 * labels, a person as "name, role, email", a repeatable group one entry per line, a file
 * by its name and a date as "1 January 2026".
 */
final class AnswerText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private AnswerText() {
	}

	/**
	 * @param filenames the name of an uploaded file from its evidence id
	 * @return the text; empty if the question is unanswered
	 */
	static String of(Question question, Object value, Function<String, String> filenames) {
		if (!Answers.isAnswered(value)) {
			return "";
		}
		return switch (question.type()) {
			case YES_NO, SINGLE_CHOICE -> label(question, String.valueOf(value));
			case MULTIPLE_CHOICE -> items(value).stream()
				.map(item -> label(question, String.valueOf(item)))
				.collect(Collectors.joining("; "));
			case IP_ADDRESSES -> items(value).stream().map(String::valueOf).collect(Collectors.joining(", "));
			case DATE -> date(String.valueOf(value));
			case PERSON -> person(value);
			case FILE -> filenames.apply(String.valueOf(value));
			case REPEATABLE_GROUP ->
				items(value).stream().map(entry -> entry(question, entry, filenames)).collect(Collectors.joining("\n"));
			default -> String.valueOf(value);
		};
	}

	/** A value a programme no longer offers is shown as stored rather than dropped. */
	private static String label(Question question, String value) {
		return question.option(value).map(Option::label).orElse(value);
	}

	private static String date(String iso) {
		try {
			return LocalDate.parse(iso).format(DATE);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private static String person(Object value) {
		if (!(value instanceof Map<?, ?> person)) {
			return String.valueOf(value);
		}
		return Stream.of("name", "role", "email")
			.map(person::get)
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.filter(part -> !part.isBlank())
			.collect(Collectors.joining(", "));
	}

	/** One entry of a group as its answered questions, "label: answer", on one line. */
	private static String entry(Question group, Object entry, Function<String, String> filenames) {
		if (!(entry instanceof Map<?, ?> answers)) {
			return String.valueOf(entry);
		}
		return group.questions()
			.stream()
			.filter(question -> Answers.isAnswered(answers.get(question.id())))
			.map(question -> question.label() + ": " + of(question, answers.get(question.id()), filenames))
			.collect(Collectors.joining("; "));
	}

	private static Collection<?> items(Object value) {
		return value instanceof Collection<?> list ? list : List.of(value);
	}

}
