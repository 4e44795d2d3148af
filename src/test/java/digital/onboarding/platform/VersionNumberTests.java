package digital.onboarding.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VersionNumberTests {

	@Test
	void aSignificantVersionIsMajorDotMinorAndAPatchBelongsToOne() {
		var significant = VersionNumber.parse(" 2.10 ").orElseThrow();
		assertThat(significant.isPatch()).isFalse();
		assertThat(significant).hasToString("2.10");
		var patch = VersionNumber.parse("2.10.3").orElseThrow();
		assertThat(patch.isPatch()).isTrue();
		assertThat(patch.significant()).isEqualTo("2.10");
	}

	@Test
	void anythingElseIsNotAVersion() {
		for (var text : new String[] { "2", "02.1", "2.1.3.4", "v2.1", "2.1-beta", "", "1234567.0" }) {
			assertThat(VersionNumber.parse(text)).as(text).isEmpty();
		}
		assertThat(VersionNumber.parse(null)).isEmpty();
	}

}
