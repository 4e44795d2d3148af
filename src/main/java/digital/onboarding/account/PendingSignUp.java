package digital.onboarding.account;

import java.io.Serializable;

/**
 * What a person entered on the Create account page, held in their session until they
 * agree to the terms of use. The password is already hashed: a plain password is never
 * stored, not even in a session.
 */
public record PendingSignUp(String firstName, String lastName, String email,
		String passwordHash) implements Serializable {
}
