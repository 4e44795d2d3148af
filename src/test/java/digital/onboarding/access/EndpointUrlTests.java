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
			"https://gateway acme/ | The ITI-38 endpoint is not a valid address: Illegal character in authority",
			"https://localhost:8443/iti38 | The ITI-38 endpoint must name a host on the internet, such as "
					+ "gateway.example.org, not localhost, which only your own network knows",
			"https://gateway/iti38 | The ITI-38 endpoint must name a host on the internet, such as "
					+ "gateway.example.org, not gateway, which only your own network knows",
			"https://10.1.2.3/iti38 | The ITI-38 endpoint's host 10.1.2.3 is a private address (RFC 1918); give your "
					+ "public, static address",
			"https://[::1]:8443/iti38 | The ITI-38 endpoint's host ::1 is the loopback address; give your public, "
					+ "static address",
			"https://gateway.acme.example:99999/ | The ITI-38 endpoint has port 99999; a port is at most 65535" })
	void otherAddressesAreRefusedWithTheReason(String url, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointUrl.check(url, "The ITI-38 endpoint"))
			.withMessage(reason);
	}

	@Test
	void aPublicAddressGivenAsDigitsIsAccepted() {
		assertThat(EndpointUrl.check("https://81.2.69.142/iti38", "The ITI-38 endpoint"))
			.isEqualTo("https://81.2.69.142/iti38");
	}

	@Test
	void aMissingAddressIsAskedFor() {
		assertThatIllegalArgumentException().isThrownBy(() -> EndpointUrl.check("", "The ITI-38 endpoint"))
			.withMessage("Enter the ITI-38 endpoint's address");
	}

}
