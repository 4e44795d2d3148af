package digital.onboarding.platform;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for links and API secrets: 256 random bits, URL-safe. The service
 * keeps only their {@link Sha256} hash.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	public static String next() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
