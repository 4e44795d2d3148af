package digital.onboarding.account;

import java.util.Optional;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs people in with their email address and password, pausing an email address or an
 * IP address after repeated failures. Whether an account is active is checked only after
 * its password, so the answer to a wrong password is the same for every address,
 * registered or not.
 */
@Component
public class AccountAuthenticationProvider extends DaoAuthenticationProvider {

	private final RateLimits rateLimits;

	private final AccountProperties properties;

	private final AuditTrail audit;

	private final Accounts accounts;

	AccountAuthenticationProvider(Accounts accounts, PasswordEncoder passwordEncoder, RateLimits rateLimits,
			AccountProperties properties, AuditTrail audit) {
		super(email -> accounts.findByEmail(email)
			.map(account -> new SignedInAccount(account, accounts.isAdministrator(account.id())))
			.orElseThrow(() -> new UsernameNotFoundException("No account")));
		setPasswordEncoder(passwordEncoder);
		setPreAuthenticationChecks(user -> {
		});
		setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account not activated");
			}
		});
		this.rateLimits = rateLimits;
		this.properties = properties;
		this.audit = audit;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var email = EmailAddress.normalise(authentication.getName());
		var accountBucket = "sign-in:" + email;
		var addressBucket = "sign-in-from:" + address(authentication);
		var account = this.accounts.findByEmail(email);
		if (this.rateLimits.isExceeded(accountBucket, this.properties.signInFailuresPerAccount())
				|| this.rateLimits.isExceeded(addressBucket, this.properties.signInFailuresPerAddress())) {
			record(account, "account.sign-in-refused", "Sign-in paused after repeated failures");
			throw new SignInThrottledException();
		}
		try {
			var result = super.authenticate(authentication);
			this.rateLimits.clear(accountBucket);
			record(account, "account.signed-in", "Signed in");
			return result;
		}
		catch (BadCredentialsException ex) {
			this.rateLimits.hit(accountBucket);
			this.rateLimits.hit(addressBucket);
			record(account, "account.sign-in-failed",
					account.isPresent() ? "Wrong password" : "No account for " + email);
			throw ex;
		}
	}

	private void record(Optional<Account> account, String action, String summary) {
		var id = account.map(Account::id).orElse(null);
		this.audit.record(AuditEntry.of(action, "account", id).by(id).summary(summary));
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "unknown";
	}

}
