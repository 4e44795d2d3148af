package digital.onboarding.catalogue.programme;

/**
 * What a rule does to an application when its condition holds.
 */
public enum RuleOutcome {

	/** The sections holding the questions involved cannot be submitted until resolved. */
	HARD_STOP("hard-stop"),

	/** Nothing is blocked; reviewers look more closely before deciding. */
	SCRUTINY_FLAG("scrutiny-flag"),

	/** The submission is rejected without waiting for a reviewer. */
	AUTOMATIC_REJECTION("automatic-rejection"),

	/** The whole application stops, for every section, until the cause is resolved. */
	PAUSE("pause");

	private final String value;

	RuleOutcome(String value) {
		this.value = value;
	}

	/** As written in programme files and the JSON API. */
	public String value() {
		return this.value;
	}

}
