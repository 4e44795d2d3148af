package digital.onboarding.review;

import digital.onboarding.assurance.SectionStatus;

/**
 * What staff may decide on a submitted revision.
 */
public enum Decision {

	APPROVE("Approve", "approved", SectionStatus.APPROVED),

	REQUEST_CHANGES("Request changes", "returned for changes", SectionStatus.CHANGES_REQUESTED),

	REJECT("Reject", "rejected", SectionStatus.REJECTED),

	/** Only where the section allows it, as the NHS login board does. */
	DEFER("Defer", "deferred", SectionStatus.DEFERRED);

	private final String label;

	private final String pastTense;

	private final SectionStatus sectionStatus;

	Decision(String label, String pastTense, SectionStatus sectionStatus) {
		this.label = label;
		this.pastTense = pastTense;
		this.sectionStatus = sectionStatus;
	}

	public String label() {
		return this.label;
	}

	/** As in "the section was approved". */
	public String pastTense() {
		return this.pastTense;
	}

	/** The status the section takes. */
	public SectionStatus sectionStatus() {
		return this.sectionStatus;
	}

	/** Every decision but approval tells the applicant why. */
	public boolean needsReason() {
		return this != APPROVE;
	}

}
