package digital.onboarding.commissioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** R-hcid: each way an HCID can be wrong has its own message. */
class HcidTests {

	@ParameterizedTest
	@ValueSource(strings = { "urn:oid:2.16.840.1.113883.2.1.4.1", "urn:oid:1.39", "urn:oid:0.0", "urn:oid:2.999.1",
			"URN:OID:1.2.826.0.1.3680043", " urn:oid:2.16.840 " })
	void goodOnesPass(String hcid) {
		assertThat(Hcid.problemWith(hcid)).isEmpty();
	}

	@Test
	void theUrnPrefixIsStoredInLowerCase() {
		assertThat(Hcid.normalise(" URN:OID:2.16.840.1.113883.2.1.4.1 "))
			.isEqualTo("urn:oid:2.16.840.1.113883.2.1.4.1");
	}

	@Test
	void aMissingOneIsAskedFor() {
		assertThat(Hcid.problemWith(" ")).contains("Enter your organisation's HCID");
	}

	@Test
	void theUrnPrefixIsNeeded() {
		assertThat(Hcid.problemWith("2.16.840.1.113883"))
			.contains("The HCID must start with urn:oid:, like urn:oid:2.16.840.1.113883.2.1.4.1");
		assertThat(Hcid.problemWith("oid:2.16.840")).get().asString().startsWith("The HCID must start with urn:oid:");
	}

	@Test
	void theFirstArcIsZeroOneOrTwo() {
		assertThat(Hcid.problemWith("urn:oid:3.16.840")).contains("The OID's first arc must be 0, 1 or 2");
	}

	@Test
	void theSecondArcIsAtMost39UnderZeroOrOne() {
		assertThat(Hcid.problemWith("urn:oid:1.40.2"))
			.contains("The OID's second arc must be 39 or less when its first arc is 0 or 1");
		assertThat(Hcid.problemWith("urn:oid:0.123456789012"))
			.contains("The OID's second arc must be 39 or less when its first arc is 0 or 1");
		assertThat(Hcid.problemWith("urn:oid:2.40.2")).isEmpty();
	}

	@Test
	void noArcStartsWithAZero() {
		assertThat(Hcid.problemWith("urn:oid:2.16.0840.1"))
			.contains("An arc of the OID must not start with 0, as 0840 does");
	}

	@Test
	void noArcIsEmpty() {
		var message = "The OID must not have an empty arc: put a number between each pair of dots, and none at the "
				+ "start or end";
		assertThat(Hcid.problemWith("urn:oid:2.16..840")).contains(message);
		assertThat(Hcid.problemWith("urn:oid:2.16.")).contains(message);
		assertThat(Hcid.problemWith("urn:oid:.2.16")).contains(message);
		assertThat(Hcid.problemWith("urn:oid:")).contains("Enter the OID after urn:oid:");
	}

	@Test
	void onlyDigitsAndDots() {
		assertThat(Hcid.problemWith("urn:oid:2.16.840.a1"))
			.contains("The OID after urn:oid: must contain only digits and dots");
		assertThat(Hcid.problemWith("urn:oid:2.16 .840"))
			.contains("The OID after urn:oid: must contain only digits and dots");
	}

	@Test
	void atMost64CharactersInAll() {
		var sixtyFour = "urn:oid:2." + "1".repeat(54);
		assertThat(sixtyFour).hasSize(64);
		assertThat(Hcid.problemWith(sixtyFour)).isEmpty();
		assertThat(Hcid.problemWith(sixtyFour + "1")).contains("The HCID must be 64 characters or fewer");
	}

	@Test
	void aSingleArcIsNotAnOid() {
		assertThat(Hcid.problemWith("urn:oid:2")).contains("The OID must have at least two arcs, like 2.16");
	}

	@Test
	void normalisingRefusesABadOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Hcid.normalise("urn:oid:3.1"))
			.withMessage("The OID's first arc must be 0, 1 or 2");
	}

}
