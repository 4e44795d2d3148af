package digital.onboarding.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import digital.onboarding.account.EmailAddress;

/**
 * What a person enters to create an account: on the Create account page and, for the
 * first administrator, on the set-up page.
 */
record AccountForm(
		@NotBlank(message = "Enter your first name") @Size(max = 100,
				message = "First name must be 100 characters or fewer") String firstName,
		@NotBlank(message = "Enter your last name") @Size(max = 100,
				message = "Last name must be 100 characters or fewer") String lastName,
		@NotBlank(message = "Enter your email address") @Size(max = EmailAddress.MAX_LENGTH,
				message = "Email address must be 254 characters or fewer") @Pattern(
						regexp = "\\s*" + EmailAddress.PATTERN + "\\s*",
						message = "Enter an email address in the correct format, like name@example.com") String email,
		String password, String confirmPassword) {

	static AccountForm empty() {
		return new AccountForm("", "", "", "", "");
	}

}
