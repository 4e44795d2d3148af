package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import digital.onboarding.account.EmailAddress;
import digital.onboarding.organisation.OdsCode;

/**
 * Whether one answer fits its question, whatever else has been answered: the format each
 * type of question takes, the options a choice offers and the length a text may have
 * (R-text-limit). An unanswered question has no problem here; whether it must be answered
 * is {@link SectionCheck}'s concern.
 */
public final class AnswerValidation {

	static final Set<String> PERSON_FIELDS = Set.of("name", "role", "email");

	private static final String WRONG_FORM = "Answer this question again: the answer was not in the form it takes";

	private AnswerValidation() {
	}

	/**
	 * What is wrong with an answer, in words the applicant can act on.
	 * @param question the question answered
	 * @param answer the raw answer, in the form {@link QuestionType} gives for its type
	 * @return the problem, or empty if the answer fits or there is none
	 */
	public static Optional<String> problemWith(Question question, Object answer) {
		if (!Answers.isAnswered(answer)) {
			return Optional.empty();
		}
		return switch (question.type()) {
			case TEXT,
					LONG_TEXT ->
				text(answer, text -> text.length() > question.textLimit()
						? "Enter " + question.textLimit() + " characters or fewer; this answer has " + text.length()
						: null);
			case YES_NO, SINGLE_CHOICE ->
				text(answer, value -> question.option(value).isPresent() ? null : "Select one of the options");
			case MULTIPLE_CHOICE -> choices(question, answer);
			case DATE -> text(answer, text -> isDate(text) ? null : "Enter a real date, like 2026-03-31");
			case EMAIL -> text(answer, AnswerValidation::email);
			case PERSON -> person(answer);
			case REPEATABLE_GROUP -> group(question, answer);
			case ODS_CODE -> text(answer, text -> OdsCode.problemWith(text).orElse(null));
			case VERSION -> text(answer, text -> AnswerFormats.isSignificantVersion(text) ? null
					: "Enter the significant version, major and minor numbers only, like 2.1");
			case URL -> text(answer, text -> AnswerFormats.isWebAddress(text) ? null
					: "Enter a full web address starting with https://, like https://example.org/service");
			case IP_ADDRESSES -> ipAddresses(answer);
			case X509_CERTIFICATE -> text(answer, AnswerValidation::certificate);
			case HCID -> text(answer,
					text -> AnswerFormats.isHcid(text) ? null
							: "Enter a Home Community ID of at most " + AnswerFormats.MAX_HCID_LENGTH
									+ " characters: urn:oid: then an OID, like urn:oid:2.16.840.1.113883.2.1.3.2");
			// The evidence module checks the file itself (R-evidence); the answer names
			// it.
			case FILE -> text(answer, evidenceId -> null);
		};
	}

	/**
	 * Checks a text answer, for which {@code check} gives the problem or {@code null}.
	 */
	private static Optional<String> text(Object answer, Function<String, String> check) {
		return answer instanceof String text ? Optional.ofNullable(check.apply(text.strip())) : Optional.of(WRONG_FORM);
	}

	private static Optional<String> choices(Question question, Object answer) {
		if (!(answer instanceof List<?> values) || !values.stream().allMatch(String.class::isInstance)) {
			return Optional.of(WRONG_FORM);
		}
		var seen = new HashSet<Object>();
		for (var value : values) {
			if (question.option((String) value).isEmpty() || !seen.add(value)) {
				return Optional.of("Select only options from the list, each once");
			}
		}
		return Optional.empty();
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String email(String text) {
		return EmailAddress.isValid(text) ? null
				: "Enter an email address in the correct format, like name@example.com";
	}

	private static Optional<String> person(Object answer) {
		if (!(answer instanceof Map<?, ?> fields) || !PERSON_FIELDS.containsAll(fields.keySet())
				|| !fields.values().stream().allMatch(value -> value == null || value instanceof String)) {
			return Optional.of(WRONG_FORM);
		}
		if (!Answers.isAnswered(fields.get("name"))) {
			return Optional.of("Enter the person's full name");
		}
		if (!Answers.isAnswered(fields.get("role"))) {
			return Optional.of("Enter the person's role");
		}
		if (!Answers.isAnswered(fields.get("email"))) {
			return Optional.of("Enter the person's email address");
		}
		return Optional.ofNullable(email((String) fields.get("email")));
	}

	private static Optional<String> group(Question group, Object answer) {
		if (!(answer instanceof List<?> entries) || !entries.stream().allMatch(Map.class::isInstance)) {
			return Optional.of(WRONG_FORM);
		}
		for (int i = 0; i < entries.size(); i++) {
			var entry = (Map<?, ?>) entries.get(i);
			var known = group.questions().stream().map(Question::id).toList();
			if (!known.containsAll(entry.keySet())) {
				return Optional.of(WRONG_FORM);
			}
			for (var question : group.questions()) {
				var value = entry.get(question.id());
				var problem = Answers.isAnswered(value) ? problemWith(question, value)
						: Optional.ofNullable(question.required() ? "Answer \"" + question.label() + "\"" : null);
				if (problem.isPresent()) {
					return Optional.of("Entry " + (i + 1) + ": " + problem.get());
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> ipAddresses(Object answer) {
		if (!(answer instanceof List<?> values) || !values.stream().allMatch(String.class::isInstance)) {
			return Optional.of(WRONG_FORM);
		}
		return values.stream()
			.map(value -> ((String) value).strip())
			.filter(value -> !AnswerFormats.isIpAddressOrRange(value))
			.findFirst()
			.map(value -> value + " is not an IP address or range; enter addresses like 192.0.2.10, "
					+ "ranges like 198.51.100.0/24, or their IPv6 forms");
	}

	private static String certificate(String pem) {
		if (AnswerFormats.holdsPrivateKey(pem)) {
			return "This holds a private key: paste only the certificate, and keep the key to yourself";
		}
		return AnswerFormats.isPemCertificates(pem) ? null
				: "Paste the certificate in PEM form, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----";
	}

}
