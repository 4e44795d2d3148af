package digital.onboarding.evidence;

import java.io.FileOutputStream;
import java.io.IOException;

import digital.onboarding.evidence.EvidenceRefusedException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the sender is told when the store cannot keep a file, from the failures the
 * operating system really reports.
 */
class StoreFailureTests {

	@Test
	void aFullDiskSaysThereIsNoSpaceAndThatNothingWasKept() {
		// Linux's /dev/full answers every write as a full disk does (ENOSPC).
		var full = catchThrowableOfType(IOException.class, () -> {
			try (var out = new FileOutputStream("/dev/full")) {
				out.write(new byte[4096]);
			}
		});
		var refusal = StoreFailure.refusal(full);
		assertThat(refusal.reason()).isEqualTo(Reason.STORE_FULL);
		assertThat(refusal.getMessage()).contains("no space left").contains("Nothing was kept");
	}

	@Test
	void anyOtherFailureSaysToTryAgainAndThatNothingWasKept() {
		var refusal = StoreFailure.refusal(new java.nio.file.AccessDeniedException("/evidence/x"));
		assertThat(refusal.reason()).isEqualTo(Reason.STORE_FAILED);
		assertThat(refusal.getMessage()).contains("Nothing was kept").contains("try again");
	}

}
