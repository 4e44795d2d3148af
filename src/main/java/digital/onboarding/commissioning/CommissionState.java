package digital.onboarding.commissioning;

/** Where a commission is in its life. */
public enum CommissionState {

	/** The end user organisation commissioned; waiting for the supplier. */
	COMMISSIONED("Waiting for the supplier", "blue"),

	/** The supplier accepted; INT testing may be recorded. */
	ACCEPTED("INT testing", "purple"),

	/** The supplier declined, with a reason. */
	DECLINED("Declined", "red"),

	/** The end user organisation signed INT testing off. */
	INT_SIGNED_OFF("INT signed off", "aqua-green"),

	/** The end user organisation decided go. */
	GO("Go decided", "green"),

	/** The end user organisation decided no-go, with a reason. */
	NO_GO("No-go", "red"),

	/**
	 * Production access was granted for the end user organisation: the service is live.
	 */
	LIVE("Live", "green"),

	/** Ended by the end user organisation, or its end date passed. */
	ENDED("Ended", "grey");

	private final String label;

	private final String colour;

	CommissionState(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	/** How pages name the state. */
	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour pages show it in. */
	public String colour() {
		return this.colour;
	}

	/** Whether the commission can still move on: not declined, no-go or ended. */
	public boolean isOpen() {
		return this != DECLINED && this != NO_GO && this != ENDED;
	}

}
