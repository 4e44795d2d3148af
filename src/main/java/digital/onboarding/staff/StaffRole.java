package digital.onboarding.staff;

/**
 * What a member of platform staff may do for one API.
 */
public enum StaffRole {

	/** Reviews submitted sections, comments and recommends a decision. */
	REVIEWER("Reviewer"),

	/** Takes the final decision on a submitted section. */
	APPROVER("Approver"),

	/** Writes, previews and publishes versions of the API's onboarding programme. */
	PROGRAMME_AUTHOR("Programme author");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
