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
			// Lower-case only the first letter: "the ITI-38 endpoint", not "the iti-38
			// endpoint".
			throw new IllegalArgumentException(
					"Enter " + what.substring(0, 1).toLowerCase(Locale.ROOT) + what.substring(1) + "'s address");
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
		checkHost(uri.getHost(), what);
		if (uri.getPort() > 65535) {
			throw new IllegalArgumentException(what + " has port " + uri.getPort() + "; a port is at most 65535");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException(what + " must not contain a user name or password");
		}
		if (uri.getRawFragment() != null) {
			throw new IllegalArgumentException(what + " must not contain a fragment (#…)");
		}
		return value;
	}

	/**
	 * The national service calls these addresses from the internet, so one on the
	 * supplier's own network, or on ours, would fail at best and reach something it
	 * should not at worst. An address given as digits is checked as the allowlist checks
	 * one.
	 */
	private static void checkHost(String host, String what) {
		var name = host.toLowerCase(Locale.ROOT);
		if (name.startsWith("[") || name.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
			try {
				AllowlistAddress.parse(name.replace("[", "").replace("]", ""));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(what + "'s host " + ex.getMessage());
			}
			return;
		}
		if (name.equals("localhost") || name.endsWith(".localhost") || name.indexOf('.') < 0) {
			throw new IllegalArgumentException(what + " must name a host on the internet, such as "
					+ "gateway.example.org, not " + host + ", which only your own network knows");
		}
	}

}
