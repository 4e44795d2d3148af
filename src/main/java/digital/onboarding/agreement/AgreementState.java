package digital.onboarding.agreement;

/** Where a connection agreement stands. */
public enum AgreementState {

	/** Sent to the legal signatory, waiting for them to accept it. */
	ISSUED("Waiting for the signatory", "blue"),

	/** Accepted, and in force. */
	ACTIVE("Active", "green"),

	/**
	 * Replaced by a newer version the signatory accepted, or never accepted before one
	 * was.
	 */
	SUPERSEDED("Superseded", "grey");

	private final String label;

	private final String colour;

	AgreementState(String label, String colour) {
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

}
