package digital.onboarding.agreement;

import java.util.HashSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** R-cntr: a connection agreement reference is CNTR and seven digits. */
class AgreementReferenceTests {

	@Test
	void aReferenceIsCntrAndSevenDigits() {
		assertThat(new AgreementReference("CNTR0012345").value()).isEqualTo("CNTR0012345");
		for (var wrong : new String[] { "CNTR123456", "CNTR12345678", "cntr1234567", "CNTX1234567", "CNTR12345a7",
				" CNTR1234567", "" }) {
			assertThatThrownBy(() -> new AgreementReference(wrong)).as(wrong)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("A connection agreement reference is CNTR and seven digits");
		}
		assertThatThrownBy(() -> new AgreementReference(null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void randomReferencesAreWellFormedAndSpreadOverTheWholeRange() {
		var random = new Random(42);
		var seen = new HashSet<String>();
		for (int i = 0; i < 1000; i++) {
			var reference = AgreementReference.random(random).value();
			assertThat(reference).matches("CNTR[0-9]{7}");
			seen.add(reference);
		}
		assertThat(seen).as("a thousand draws from ten million rarely repeat").hasSizeGreaterThan(990);
	}

}
