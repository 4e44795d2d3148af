package digital.onboarding.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An HTTPS address with a host, such as a responding gateway's service endpoint or a JWKS
 * address. Only its form is checked: nothing is fetched.
 */
public final class EndpointUrl {

	/** The longest address accepted. */
	public static final int MAX_LENGTH = 2000;

	private EndpointUrl() {
	}

	/**
	 * @param what how the message names the address, such as "The ITI-38 endpoint"
	 * @return the address, stripped
	 * @throws IllegalArgumentException saying what is wrong with it
	 */
	public static String check(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Enter " + what.toLowerCase(Locale.ROOT) + "'s address");
		}
		var value = text.strip();
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(what + " must be " + MAX_LENGTH + " characters or fewer");
		}
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(what + " is not a valid address: " + ex.getReason());
		}
		if (uri.getScheme() == null || !uri.isAbsolute()) {
			throw new IllegalArgumentException(what + " must be a full address starting https://");
		}
		if (!uri.getScheme().equalsIgnoreCase("https")) {
			throw new IllegalArgumentException(what + " must use HTTPS, not " + uri.getScheme());
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new IllegalArgumentException(what + " must name a host, as in https://gateway.example.org/iti38");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException(what + " must not contain a user name or password");
		}
		if (uri.getRawFragment() != null) {
			throw new IllegalArgumentException(what + " must not contain a fragment (#…)");
		}
		return value;
	}

}
