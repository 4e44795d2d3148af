package digital.onboarding.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AllowlistAddressTests {

	@ParameterizedTest(name = "{0} is accepted as {1}")
	@CsvSource({ "81.2.69.142, 81.2.69.142", "81.2.69.0/24, 81.2.69.0/24", " 8.8.4.0/28 , 8.8.4.0/28",
			"2a00:1450:4009::/48, 2a00:1450:4009::/48", "2A00:1450:4009:81D::200E, 2a00:1450:4009:81d::200e",
			"2606:4700:0:0:0:0:0:1111/128, 2606:4700::1111", "2001:db8:1:2::/64, 2001:db8:1:2::/64",
			"2a00:0001:0000::1, 2a00:1::1", "2a00:1450::81.2.69.142, 2a00:1450::5102:458e",
			"2a00:0:0:1:0:0:0:1, 2a00:0:0:1::1" })
	void publicAddressesAndNarrowRangesAreAccepted(String text, String stored) {
		assertThat(AllowlistAddress.parse(text)).hasToString(stored);
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', value = {
			"10.0.0.0/8 | 10.0.0.0/8 is a private address (RFC 1918); give your public, static address",
			"192.168.1.1 | 192.168.1.1 is a private address (RFC 1918); give your public, static address",
			"172.20.0.0/24 | 172.20.0.0/24 is a private address (RFC 1918); give your public, static address",
			"127.0.0.1 | 127.0.0.1 is a loopback address; give your public, static address",
			"::1 | ::1 is the loopback address; give your public, static address",
			"fe80::1 | fe80::1 is a link-local address; give your public, static address",
			"169.254.10.1 | 169.254.10.1 is a link-local address; give your public, static address",
			"fd00::/8 | fd00::/8 is a unique local (private) address (fc00::/7); give your public, static address",
			"0.0.0.0 | 0.0.0.0 is in 0.0.0.0/8, the unspecified (this network) range",
			":: | :: is the unspecified address", "224.0.0.251 | 224.0.0.251 is a multicast address",
			"ff02::1 | ff02::1 is a multicast address",
			"0.0.0.0/0 | 0.0.0.0/0 is too broad: an IPv4 range may be at most /24; list narrower ranges or single addresses",
			"1.2.0.0/16 | 1.2.0.0/16 is too broad: an IPv4 range may be at most /24; list narrower ranges or single addresses",
			"2001:db8::/32 | 2001:db8::/32 is too broad: an IPv6 range may be at most /48; list narrower ranges or single addresses",
			"::ffff:8.8.8.8 | ::ffff:8.8.8.8 is an IPv4-mapped address; give the IPv4 address itself",
			"::ffff:10.0.0.1 | ::ffff:10.0.0.1 is an IPv4-mapped address; give the IPv4 address itself",
			"::10.0.0.1 | ::10.0.0.1 is not a global unicast IPv6 address (2000::/3); give your public, static address",
			"::/48 | ::/48 is not a global unicast IPv6 address (2000::/3); give your public, static address",
			"100::/64 | 100::/64 is not a global unicast IPv6 address (2000::/3); give your public, static address",
			"81.2.69.1/24 | 81.2.69.1/24 has bits set after its /24 prefix; the range starts at 81.2.69.0, so enter 81.2.69.0/24" })
	void specialAndBroadAddressesAreRefusedWithTheReason(String text, String reason) {
		assertThatIllegalArgumentException().isThrownBy(() -> AllowlistAddress.parse(text)).withMessage(reason);
	}

	@ParameterizedTest(name = "{0} is not an address")
	@CsvSource({ "abc", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4/33", "1.2.3.4/x", "gateway.example.org",
			"2001:db8::g", "2001:db8::1%eth0", ".:1", "1:2:3:4:5:6:7:8:9", "1.2.3.4/", "1:2:3:4:5:6:7::8", "2a00:::1",
			"2a00::1::1", "2a00:01450::1", "[2a00::1]", "::1.2.3", "::01.2.3.4", "2a00::1.2.3.4:1", "localhost:8080",
			"2a00:1450:4009::/048" })
	void malformedInputIsRefused(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AllowlistAddress.parse(text))
			.withMessageContaining("Enter an IPv4 or IPv6 address, or a range in CIDR notation");
	}

	@Test
	void aZoneIndexIsRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> AllowlistAddress.parse("2a00:1450::1%eth0"))
			.withMessageStartingWith("2a00:1450::1%eth0 has a zone index after %");
	}

	@Test
	void nothingIsRefusedAsMissing() {
		assertThatIllegalArgumentException().isThrownBy(() -> AllowlistAddress.parse("  "))
			.withMessage("Enter an IP address or range");
	}

}
