package digital.onboarding.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in is paused for this email address or IP address after too many failures.
 */
public class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many failed sign-in attempts");
	}

}
