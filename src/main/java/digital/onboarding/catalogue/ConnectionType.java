package digital.onboarding.catalogue;

/**
 * How a product connects to an API: a provider makes data available through it, a
 * consumer reads data from it.
 */
public enum ConnectionType {

	PROVIDER("provider", "Provider"),

	CONSUMER("consumer", "Consumer");

	private final String value;

	private final String label;

	ConnectionType(String value, String label) {
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

}
