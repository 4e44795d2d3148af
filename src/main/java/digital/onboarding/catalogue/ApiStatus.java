package digital.onboarding.catalogue;

/**
 * Where an API is in its life, as its programme file states it.
 */
public enum ApiStatus {

	ALPHA("alpha", "Alpha"),

	BETA("beta", "Beta"),

	LIVE("live", "Live"),

	/**
	 * Being retired: applications already under way carry on, but nobody starts a new
	 * one.
	 */
	DEPRECATED("deprecated", "Deprecated");

	private final String value;

	private final String label;

	ApiStatus(String value, String label) {
		this.value = value;
		this.label = label;
	}

	/** As written in programme files and the JSON API. */
	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public boolean acceptsNewApplications() {
		return this != DEPRECATED;
	}

}
