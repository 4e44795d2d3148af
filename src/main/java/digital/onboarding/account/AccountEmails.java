package digital.onboarding.account;

import java.time.Duration;

import digital.onboarding.notification.Email;
import digital.onboarding.platform.ServiceProperties;

import org.springframework.stereotype.Component;

/**
 * The words of the emails about a person's account.
 */
@Component
class AccountEmails {

	private final ServiceProperties service;

	AccountEmails(ServiceProperties service) {
		this.service = service;
	}

	Email activation(Account account, String token, Duration validity) {
		return new Email(account.email(), "Activate your " + this.service.name() + " account", """
				Dear %s,

				You created an account for the %s. To activate it, open this link and select Confirm:

				%s

				The link works once and expires in %s. If it has expired, open it anyway and ask for a new one.

				If you did not create this account, you can ignore this email.
				""".formatted(account.firstName(), this.service.name(), this.service.link("/activate/" + token),
				inWords(validity)));
	}

	Email alreadyRegistered(Account account) {
		return new Email(account.email(), "You already have a " + this.service.name() + " account", """
				Dear %s,

				Someone tried to create an account for the %s with this email address, which already has one.

				To sign in: %s
				If you have forgotten your password: %s

				If this was not you, you can ignore this email: nothing has changed.
				""".formatted(account.firstName(), this.service.name(), this.service.link("/sign-in"),
				this.service.link("/password-reset")));
	}

	Email passwordReset(Account account, String token, Duration validity) {
		return new Email(account.email(), "Reset your " + this.service.name() + " password", """
				Dear %s,

				Someone asked to reset the password of your %s account. To choose a new password, open this link:

				%s

				The link works once and expires in %s.

				If you did not ask for this, you can ignore this email: your password has not changed.
				""".formatted(account.firstName(), this.service.name(), this.service.link("/password-reset/" + token),
				inWords(validity)));
	}

	Email passwordChanged(Account account) {
		return new Email(account.email(), "Your " + this.service.name() + " password was changed", """
				Dear %s,

				The password of your %s account was just changed, and every other session was signed out.

				If you did not do this, reset your password now: %s
				""".formatted(account.firstName(), this.service.name(), this.service.link("/password-reset")));
	}

	static String inWords(Duration duration) {
		if (duration.toMinutes() % 60 != 0) {
			return duration.toMinutes() + " minutes";
		}
		long hours = duration.toHours();
		return hours == 1 ? "1 hour" : hours + " hours";
	}

}
