package digital.onboarding.audit;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The exit code of a process that verified the chain: 0 when it is intact, 1 when it is
 * broken, so scripts and schedulers can act on it.
 */
record VerificationExitCode(ChainVerification verification) implements ExitCodeGenerator {

	static final int INTACT = 0;

	static final int BROKEN = 1;

	@Override
	public int getExitCode() {
		return this.verification.isIntact() ? INTACT : BROKEN;
	}

}
