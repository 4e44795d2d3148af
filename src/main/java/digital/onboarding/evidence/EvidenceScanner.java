package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * A virus scanner that reads a file as a stream and says whether it found a threat.
 */
public interface EvidenceScanner {

	/**
	 * Scans the content.
	 * @throws IOException if the scanner could not be reached or gave no verdict
	 */
	ScanOutcome scan(InputStream content) throws IOException;

	/**
	 * A scanner's verdict.
	 *
	 * @param threat the name of what was found, for {@link ScanResult#INFECTED} only
	 */
	record ScanOutcome(ScanResult result, String threat) {

		public static ScanOutcome clean() {
			return new ScanOutcome(ScanResult.CLEAN, null);
		}

		public static ScanOutcome notScanned() {
			return new ScanOutcome(ScanResult.NOT_SCANNED, null);
		}

		public static ScanOutcome infected(String threat) {
			return new ScanOutcome(ScanResult.INFECTED, threat);
		}

	}

}
