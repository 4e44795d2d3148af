package digital.onboarding.catalogue.programme;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of question a programme may ask, each with the form its answer takes.
 */
public enum QuestionType {

	/** A line of text; the answer is a string. */
	TEXT("text"),

	/** Paragraphs of text within a limit (R-text-limit); the answer is a string. */
	LONG_TEXT("long-text"),

	/** The answer is {@code yes} or {@code no}. */
	YES_NO("yes-no"),

	/** The answer is the value of one of the question's options. */
	SINGLE_CHOICE("single-choice"),

	/** The answer is a list of distinct option values. */
	MULTIPLE_CHOICE("multiple-choice"),

	/** The answer is an ISO date, {@code 2026-03-31}. */
	DATE("date"),

	/** The answer is an email address; a group mailbox will do. */
	EMAIL("email"),

	/** The answer is a map of {@code name}, {@code role} and {@code email}. */
	PERSON("person"),

	/**
	 * The answer is a list of entries, each a map from the ids of the group's own
	 * questions to their answers.
	 */
	REPEATABLE_GROUP("repeatable-group"),

	/** An Organisation Data Service code (R-ods); the answer is a string. */
	ODS_CODE("ods-code"),

	/** A significant version, {@code major.minor} (R-version); the answer is a string. */
	VERSION("version"),

	/** An absolute http or https address; the answer is a string. */
	URL("url"),

	/** IPv4 or IPv6 addresses or CIDR ranges; the answer is a list of strings. */
	IP_ADDRESSES("ip-addresses"),

	/** One or more X.509 certificates in PEM; the answer is a string. */
	X509_CERTIFICATE("x509-certificate"),

	/**
	 * A Home Community ID, {@code urn:oid:} and an OID (R-hcid); the answer is a string.
	 */
	HCID("hcid"),

	/** An uploaded file (R-evidence); the answer is the evidence id. */
	FILE("file");

	private final String value;

	QuestionType(String value) {
		this.value = value;
	}

	/** As written in programme files and the JSON API. */
	public String value() {
		return this.value;
	}

	public static Optional<QuestionType> fromValue(String value) {
		return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
	}

	/** Whether the programme lists the options; yes/no questions have theirs built in. */
	public boolean takesOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** Whether an answer is one of a fixed set of values. */
	public boolean isChoice() {
		return takesOptions() || this == YES_NO;
	}

	/** Whether a programme may set a length limit, and answers are held to one. */
	public boolean takesTextLimit() {
		return this == TEXT || this == LONG_TEXT;
	}

	/**
	 * The limit when the programme sets none: 2000 characters for long text, as the
	 * national service has it, and enough for a name or a title on one line.
	 */
	public int defaultTextLimit() {
		return this == LONG_TEXT ? 2000 : 250;
	}

	/**
	 * Whether conditions may compare the answer with values ({@code equals}, {@code in}).
	 */
	public boolean isComparable() {
		return isChoice() || this == TEXT;
	}

}
