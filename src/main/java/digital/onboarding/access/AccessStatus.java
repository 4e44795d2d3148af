package digital.onboarding.access;

/**
 * Where an environment access stands. Sandbox and integration access are granted when
 * asked for, once their gates are met; production access is recommended by one member of
 * staff and granted by another.
 */
public enum AccessStatus {

	REQUESTED("Requested", "blue"), RECOMMENDED("Recommended", "purple"), GRANTED("Granted", "green"),
	REFUSED("Refused", "red");

	private final String label;

	private final String colour;

	AccessStatus(String label, String colour) {
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

	/** Whether staff still have to decide. */
	public boolean isOpen() {
		return this == REQUESTED || this == RECOMMENDED;
	}

}
