package digital.onboarding.account;

import java.util.UUID;

/**
 * Who holds an account, as other modules show it: no password hash, no tokens.
 */
public record Person(UUID id, String email, String fullName) {

	static Person of(Account account) {
		return new Person(account.id(), account.email(), account.fullName());
	}

}
