package digital.onboarding.catalogue.programme;

import java.util.List;

/**
 * The rules every programme has, carried out by the service rather than written as
 * conditions in a file. A programme's own rules may not take these ids.
 */
public final class BuiltInRules {

	/**
	 * A section is submitted only with every required question that is shown answered.
	 */
	public static final String COMPLETE = "R-complete";

	/** A text answer is at most its question's limit, 2000 characters unless it says. */
	public static final String TEXT_LIMIT = "R-text-limit";

	/** No other section is submitted before the eligibility sections are approved. */
	public static final String ELIGIBILITY_FIRST = "R-eligibility-first";

	/**
	 * A stage's sections are submitted only after the stages it waits for are approved.
	 */
	public static final String STAGE_GATE = "R-stage-gate";

	public static final List<String> IDS = List.of(COMPLETE, TEXT_LIMIT, ELIGIBILITY_FIRST, STAGE_GATE,
			EvidenceRequirement.RULE);

	private BuiltInRules() {
	}

}
