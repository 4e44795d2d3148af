package digital.onboarding.evidence;

/** What the virus scanner said about a file. */
public enum ScanResult {

	/** The scanner found nothing. */
	CLEAN,

	/** The scanner found a threat: such a file is refused, never kept. */
	INFECTED,

	/** No scanner is configured, so the file was accepted unscanned. */
	NOT_SCANNED

}
