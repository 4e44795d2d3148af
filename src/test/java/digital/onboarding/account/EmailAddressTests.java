package digital.onboarding.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressTests {

	@ParameterizedTest
	@ValueSource(strings = { "ada@example.org", "ada.lovelace+dos@nhs.example.co.uk", " Ada@Example.org " })
	void addressesPeopleUseAreValid(String address) {
		assertThat(EmailAddress.isValid(address)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ada", "ada@", "@example.org", "ada@example", "ada lovelace@example.org",
			"ada@@example.org", "ada@example..org" })
	void otherTextIsNot(String address) {
		assertThat(EmailAddress.isValid(address)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada@example.org", " ADA@Example.ORG", "Ada@example.org\t" })
	void addressesAreComparedTrimmedAndInLowerCase(String address) {
		assertThat(EmailAddress.normalise(address)).isEqualTo("ada@example.org");
	}

}
