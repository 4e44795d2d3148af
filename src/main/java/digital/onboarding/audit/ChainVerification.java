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

	/**
	 * The outcome as a sentence for a person: how many events were checked, or which link
	 * is the first to break, e.g. "Event 1234 was changed after it was recorded".
	 */
	public String inWords() {
		if (isIntact()) {
			return "The audit trail is intact: " + this.eventsChecked
					+ (this.eventsChecked == 1 ? " event checked" : " events checked");
		}
		return Character.toUpperCase(this.problem.charAt(0)) + this.problem.substring(1);
	}

}
