package digital.onboarding.review;

/**
 * Where the review of one revision stands.
 */
public enum ReviewState {

	AWAITING_REVIEW("Awaiting review", "blue"),

	/** A four-eyes section: the reviewer has recommended and an approver decides. */
	AWAITING_APPROVAL("Awaiting approval", "purple"),

	DECIDED("Decided", "green"),

	/** The applicant took the revision back before anyone started on it. */
	WITHDRAWN("Withdrawn", "grey");

	private final String label;

	private final String colour;

	ReviewState(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour it is shown in. */
	public String colour() {
		return this.colour;
	}

	public boolean isOpen() {
		return this == AWAITING_REVIEW || this == AWAITING_APPROVAL;
	}

}
