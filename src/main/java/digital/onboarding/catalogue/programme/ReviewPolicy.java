package digital.onboarding.catalogue.programme;

/**
 * How many people decide a submitted section.
 */
public enum ReviewPolicy {

	/** One person reviews and decides. */
	SINGLE("single"),

	/** A reviewer recommends and a second person, who did not review it, approves. */
	FOUR_EYES("four-eyes");

	private final String value;

	ReviewPolicy(String value) {
		this.value = value;
	}

	/** As written in programme files and the JSON API. */
	public String value() {
		return this.value;
	}

}
