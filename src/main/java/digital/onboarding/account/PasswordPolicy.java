package digital.onboarding.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule R-password: a password has at least {@value #MIN_LENGTH} characters and is typed
 * the same way twice. Length beats complexity rules, which push people towards
 * predictable substitutions.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/**
	 * Long enough for any passphrase, short enough that hashing it cannot be used to tie
	 * up the server.
	 */
	public static final int MAX_LENGTH = 256;

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with a new password and its confirmation, one problem per field at
	 * most.
	 */
	public static List<Violation> check(String password, String confirmation) {
		var violations = new ArrayList<Violation>();
		if (password == null || password.isEmpty()) {
			violations.add(new Violation("password", "Enter a password"));
		}
		else if (password.length() < MIN_LENGTH) {
			violations.add(new Violation("password", "Password must be at least " + MIN_LENGTH + " characters"));
		}
		else if (password.length() > MAX_LENGTH) {
			violations.add(new Violation("password", "Password must be " + MAX_LENGTH + " characters or fewer"));
		}
		if (confirmation == null || confirmation.isEmpty()) {
			violations.add(new Violation("confirmPassword", "Confirm your password"));
		}
		else if (password != null && !password.isEmpty() && !confirmation.equals(password)) {
			violations.add(new Violation("confirmPassword", "Passwords do not match"));
		}
		return violations;
	}

	/** A problem with one field, in words the person can act on. */
	public record Violation(String field, String message) {
	}

}
