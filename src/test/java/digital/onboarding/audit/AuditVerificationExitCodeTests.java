package digital.onboarding.audit;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerificationExitCodeTests {

	@Test
	void anIntactChainExitsWithZeroAndABrokenOneWithOne() {
		assertThat(new VerificationExitCode(ChainVerification.intact(12)).getExitCode()).isZero();
		assertThat(new VerificationExitCode(ChainVerification.intact(0)).getExitCode()).isZero();
		assertThat(new VerificationExitCode(new ChainVerification(7, 7, "event 7 was changed after it was recorded"))
			.getExitCode()).isEqualTo(1);
	}

	@Test
	void theOutcomeReadsAsASentence() {
		assertThat(ChainVerification.intact(1234).inWords())
			.isEqualTo("The audit trail is intact: 1234 events checked");
		assertThat(ChainVerification.intact(1).inWords()).isEqualTo("The audit trail is intact: 1 event checked");
		assertThat(new ChainVerification(1233, 1234, "event 1234 was changed after it was recorded").inWords())
			.isEqualTo("Event 1234 was changed after it was recorded");
	}

	@Test
	void onlyTheVerificationCommandMovesTheServiceToAFreePort() {
		var verifying = new StandardEnvironment();
		verifying.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--verify-audit-trail"));
		new VerificationCommandEnvironment().postProcessEnvironment(verifying, null);
		assertThat(verifying.getProperty("server.port")).isEqualTo("0");

		var serving = new StandardEnvironment();
		serving.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--server.port=9090"));
		new VerificationCommandEnvironment().postProcessEnvironment(serving, null);
		assertThat(serving.getProperty("server.port")).isEqualTo("9090");
	}

}
