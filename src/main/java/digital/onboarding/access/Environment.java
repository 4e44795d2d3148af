package digital.onboarding.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The environments of every API, in the order a product reaches them. */
public enum Environment {

	SANDBOX("Sandbox", "SBX"), INTEGRATION("Integration", "INT"), PRODUCTION("Production", "PRD");

	private final String label;

	private final String code;

	Environment(String label, String code) {
		this.label = label;
		this.code = code;
	}

	public String label() {
		return this.label;
	}

	/** Three letters in the application ids shown to suppliers. */
	public String code() {
		return this.code;
	}

	/** As in addresses: {@code sandbox}, {@code integration}, {@code production}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Environment> ofSlug(String slug) {
		return Arrays.stream(values()).filter(environment -> environment.slug().equals(slug)).findFirst();
	}

}
