package digital.onboarding.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses as the service compares them: trimmed and in lower case, so one person
 * cannot hold two accounts by changing the case of their address.
 */
public final class EmailAddress {

	/**
	 * Something, an at sign, a domain with a dot: what a person means by an email
	 * address. Unanchored, so a form may allow spaces around it; always matched against
	 * the whole text.
	 */
	public static final String PATTERN = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

	public static final int MAX_LENGTH = 254;

	private static final Pattern VALID = Pattern.compile(PATTERN);

	private EmailAddress() {
	}

	public static String normalise(String address) {
		return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean isValid(String address) {
		var normalised = normalise(address);
		return normalised.length() <= MAX_LENGTH && VALID.matcher(normalised).matches();
	}

}
