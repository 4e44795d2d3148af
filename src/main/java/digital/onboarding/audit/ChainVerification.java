package digital.onboarding.audit;

/**
 * The outcome of checking the audit chain end to end.
 *
 * @param eventsChecked how many events were read
 * @param brokenAt the sequence number of the first event that does not fit the chain, or
 * 0 if none
 * @param problem what is wrong there, in words; empty when the chain is intact
 */
public record ChainVerification(long eventsChecked, long brokenAt, String problem) {

	static ChainVerification intact(long eventsChecked) {
		return new ChainVerification(eventsChecked, 0, "");
	}

	public boolean isIntact() {
		return this.brokenAt == 0;
	}

}
