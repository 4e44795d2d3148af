package digital.onboarding.organisation;

/**
 * Whether an organisation builds products or uses them; it decides which onboarding path
 * it follows.
 */
public enum OrganisationKind {

	SUPPLIER("Supplier (data processor)"),

	END_USER_ORGANISATION("End user organisation (data controller)");

	private final String label;

	OrganisationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
