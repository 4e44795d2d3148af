package digital.onboarding.account;

import org.junit.jupiter.api.Test;

import digital.onboarding.account.PasswordPolicy.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void twelveCharactersTypedTwiceAreEnough() {
		assertThat(PasswordPolicy.check("abcdefghijkl", "abcdefghijkl")).isEmpty();
	}

	@Test
	void elevenCharactersAreTooFew() {
		assertThat(PasswordPolicy.check("abcdefghijk", "abcdefghijk"))
			.containsExactly(new Violation("password", "Password must be at least 12 characters"));
	}

	@Test
	void aConfirmationThatDiffersIsReportedOnTheConfirmationField() {
		assertThat(PasswordPolicy.check("abcdefghijkl", "abcdefghijkL"))
			.containsExactly(new Violation("confirmPassword", "Passwords do not match"));
	}

	@Test
	void missingValuesAreAskedForOneProblemPerField() {
		assertThat(PasswordPolicy.check("", "")).containsExactly(new Violation("password", "Enter a password"),
				new Violation("confirmPassword", "Confirm your password"));
		assertThat(PasswordPolicy.check(null, null)).hasSize(2);
	}

	@Test
	void aPasswordLongerThanTheLimitIsRefused() {
		var tooLong = "x".repeat(PasswordPolicy.MAX_LENGTH + 1);
		assertThat(PasswordPolicy.check(tooLong, tooLong)).extracting(Violation::field).containsExactly("password");
	}

}
