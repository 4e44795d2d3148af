package digital.onboarding.assurance;

/**
 * Where a section of an application stands, in the words the task list uses.
 */
public enum SectionStatus {

	CANNOT_START_YET("Cannot start yet", "grey"), NOT_STARTED("Not started", "grey"),
	IN_PROGRESS("In progress", "blue"), SUBMITTED("Submitted", "purple"),
	CHANGES_REQUESTED("Changes requested", "orange"), DEFERRED("Deferred", "yellow"), APPROVED("Approved", "green"),
	REJECTED("Rejected", "red"),

	/**
	 * Approved, until the application moved to a programme version that changed or added
	 * questions in it.
	 */
	CHANGES_TO_ANSWER("Changes to answer", "orange");

	private final String label;

	private final String colour;

	SectionStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour the status is shown in. */
	public String colour() {
		return this.colour;
	}

	/** Whether the applicant may change the answers. */
	public boolean isEditable() {
		return this == NOT_STARTED || this == IN_PROGRESS || isReturned();
	}

	/**
	 * Whether a reviewer, or a move to a newer programme version, sent it back to the
	 * applicant, who keeps that status until resubmitting.
	 */
	public boolean isReturned() {
		return this == CHANGES_REQUESTED || this == DEFERRED || this == CHANGES_TO_ANSWER;
	}

}
