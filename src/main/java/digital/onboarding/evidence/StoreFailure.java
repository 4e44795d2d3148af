package digital.onboarding.evidence;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import digital.onboarding.evidence.EvidenceRefusedException.Reason;

/**
 * Turns the evidence store failing to keep a file into a refusal the sender can act on: a
 * full disk says so, anything else says to try again. Either way nothing was kept.
 */
final class StoreFailure {

	private static final Logger log = LoggerFactory.getLogger(StoreFailure.class);

	private StoreFailure() {
	}

	static EvidenceRefusedException refusal(IOException failure) {
		log.error("The evidence store could not keep a file", failure);
		if (isOutOfSpace(failure)) {
			return new EvidenceRefusedException(Reason.STORE_FULL,
					"The file could not be stored because there is no space left for evidence. "
							+ "Nothing was kept: try again later, or tell the service team",
					failure);
		}
		return new EvidenceRefusedException(Reason.STORE_FAILED,
				"The file could not be stored just now. Nothing was kept: try again in a few minutes", failure);
	}

	/** ENOSPC and EDQUOT, as the JDK reports them on every file system. */
	private static boolean isOutOfSpace(IOException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			var message = String.valueOf(cause.getMessage());
			if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
				return true;
			}
		}
		return false;
	}

}
