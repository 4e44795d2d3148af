package digital.onboarding.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EndpointUrlTests {

	@Test
	void anHttpsAddressWithAHostIsAccepted() {
		assertThat(EndpointUrl.check(" https://gateway.acme.example:8443/xca/iti38 ", "The ITI-38 endpoint"))
			.isEqualTo("https://gateway.acme.example:8443/xca/iti38");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"http://gateway.acme.example/iti38 | The ITI-38 endpoint must use HTTPS, not http",
			"ftp://gateway.acme.example/iti38 | The ITI-38 endpoint must use HTTPS, not ftp",
			"gateway.acme.example/iti38 | The ITI-38 endpoint must be a full address starting https://",
			"https:///iti38 | The ITI-38 endpoint must name a host, as in https://gateway.example.org/iti38",
			"https://user:secret@gateway.acme.example/ | The ITI-38 endpoint must not contain a user name or password",
			"https://gateway.acme.example/iti38#part | The ITI-38 endpoint must not contain a fragment (#…)",
			"https://gateway acme/ | The ITI-38 endpoint is not a valid address: Illegal character in authority" })
	void otherAddressesAreRefusedWithTheReason(String url, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointUrl.check(url, "The ITI-38 endpoint"))
			.withMessage(reason);
	}

	@Test
	void aMissingAddressIsAskedFor() {
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointUrl.check("", "The ITI-38 endpoint"))
			.withMessage("Enter the iti-38 endpoint's address");
	}

}
