package digital.onboarding.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rule R-ods: an ODS code is letters and digits only, at most 9 characters, kept in upper
 * case.
 */
public final class OdsCode {

	public static final int MAX_LENGTH = 9;

	private static final Pattern VALID = Pattern.compile("^[A-Z0-9]{1,9}$");

	private OdsCode() {
	}

	public static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
	}

	/** What is wrong with a typed code, if anything, in words a person can act on. */
	public static Optional<String> problemWith(String code) {
		var normalised = normalise(code);
		if (normalised.isEmpty()) {
			return Optional.of("Enter your organisation's ODS code");
		}
		if (normalised.length() > MAX_LENGTH) {
			return Optional.of("ODS code must be " + MAX_LENGTH + " characters or fewer");
		}
		if (!VALID.matcher(normalised).matches()) {
			return Optional.of("ODS code must contain only letters and numbers");
		}
		return Optional.empty();
	}

}
