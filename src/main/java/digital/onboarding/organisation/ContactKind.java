package digital.onboarding.organisation;

/**
 * The named contacts an organisation gives. Each is one person, except clinical safety
 * officers, of whom there may be several.
 */
public enum ContactKind {

	TECHNICAL("Technical contact"), ONBOARDING("Onboarding contact"),
	CLINICAL_SAFETY_OFFICER("Clinical safety officer"), IG_LEAD("Information governance lead"),
	SIRO("Senior information risk owner (SIRO)"), CALDICOTT_GUARDIAN("Caldicott guardian"),
	LEGAL_SIGNATORY("Legal signatory");

	private final String label;

	ContactKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean allowsSeveral() {
		return this == CLINICAL_SAFETY_OFFICER;
	}

}
