package digital.onboarding.account.web;

import digital.onboarding.account.PasswordPolicy;

import org.springframework.validation.BindingResult;

/**
 * Checks shared by the account forms.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * Adds rule R-password's findings to the form's errors, beside the fields they
	 * concern.
	 */
	static void checkNewPassword(String password, String confirmation, BindingResult result) {
		PasswordPolicy.check(password, confirmation)
			.forEach(violation -> result.rejectValue(violation.field(), "password", violation.message()));
	}

}
