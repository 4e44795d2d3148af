package digital.onboarding.catalogue.programme;

import java.util.List;
import java.util.Map;

/**
 * When sections may be submitted, and whether sections may be drafted before then.
 *
 * @param eligibilitySections the sections approved before any other may be submitted
 * (R-eligibility-first)
 * @param waitsFor for each stage that waits, the stages whose sections must all be
 * approved before its own may be submitted (R-stage-gate); stages not named wait for
 * nothing beyond eligibility
 * @param draftingAhead whether applicants may answer a waiting stage's sections while the
 * stages it waits for are reviewed
 */
public record GatePolicy(List<String> eligibilitySections, Map<String, List<String>> waitsFor, boolean draftingAhead) {

	public GatePolicy {
		eligibilitySections = List.copyOf(eligibilitySections);
		waitsFor = Map.copyOf(waitsFor);
	}

	public List<String> stagesAwaitedBy(String stageId) {
		return this.waitsFor.getOrDefault(stageId, List.of());
	}

}
