package digital.onboarding.commissioning;

/** How an INT test run went. */
public enum TestOutcome {

	PASSED("Passed", "green"), FAILED("Failed", "red"), PARTLY_PASSED("Partly passed", "yellow");

	private final String label;

	private final String colour;

	TestOutcome(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour pages show it in. */
	public String colour() {
		return this.colour;
	}

}
