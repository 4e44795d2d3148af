package digital.onboarding.catalogue.programme;

/**
 * Whether a section may be edited or submitted now, and if not, which rule stands in the
 * way and what the applicant can do about it.
 *
 * @param allowed whether it may
 * @param ruleId the rule that refuses; {@code null} when allowed
 * @param reason what the applicant reads; {@code null} when allowed
 */
public record GateDecision(boolean allowed, String ruleId, String reason) {

	public static final GateDecision ALLOWED = new GateDecision(true, null, null);

	static GateDecision refused(String ruleId, String reason) {
		return new GateDecision(false, ruleId, reason);
	}

}
