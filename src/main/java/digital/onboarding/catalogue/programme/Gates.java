package digital.onboarding.catalogue.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gates between a programme's sections: a pause stops everything; the eligibility
 * sections come first (R-eligibility-first); a stage waits for the stages its programme
 * names (R-stage-gate); a hard stop holds back the sections whose answers raised it. A
 * shared section passes only if it passes in every programme that shares it, which the
 * caller checks by asking each.
 */
public final class Gates {

	private Gates() {
	}

	/**
	 * Whether a section may be submitted.
	 * @param approvedSectionIds the application's sections that are approved
	 * @param openFindings the application's findings not yet resolved or overridden
	 */
	public static GateDecision submission(Programme programme, String sectionId, Set<String> approvedSectionIds,
			Collection<Finding> openFindings) {
		var section = section(programme, sectionId);
		return firstRefusal(() -> pause(openFindings), () -> eligibilityFirst(programme, sectionId, approvedSectionIds),
				() -> stageGate(programme, sectionId, approvedSectionIds), () -> hardStop(section, openFindings));
	}

	/**
	 * Whether a section may be answered and saved. Where the programme allows drafting
	 * ahead, only a pause stops it; otherwise the gates for submission apply to editing
	 * too, hard stops aside, since answers are how a hard stop is resolved.
	 */
	public static GateDecision editing(Programme programme, String sectionId, Set<String> approvedSectionIds,
			Collection<Finding> openFindings) {
		section(programme, sectionId);
		if (programme.gates().draftingAhead()) {
			return firstRefusal(() -> pause(openFindings));
		}
		return firstRefusal(() -> pause(openFindings), () -> eligibilityFirst(programme, sectionId, approvedSectionIds),
				() -> stageGate(programme, sectionId, approvedSectionIds));
	}

	private static Section section(Programme programme, String sectionId) {
		return programme.section(sectionId)
			.orElseThrow(() -> new IllegalArgumentException(programme.apiId() + " has no section " + sectionId));
	}

	@SafeVarargs
	private static GateDecision firstRefusal(Supplier<Optional<GateDecision>>... gates) {
		return Stream.of(gates).map(Supplier::get).flatMap(Optional::stream).findFirst().orElse(GateDecision.ALLOWED);
	}

	private static Optional<GateDecision> pause(Collection<Finding> openFindings) {
		return openFindings.stream()
			.filter(Finding::pausesApplication)
			.findFirst()
			.map(finding -> GateDecision.refused(finding.ruleId(),
					"This application is paused until this is resolved: " + finding.message()));
	}

	private static Optional<GateDecision> eligibilityFirst(Programme programme, String sectionId,
			Set<String> approvedSectionIds) {
		var eligibility = programme.gates().eligibilitySections();
		if (eligibility.contains(sectionId)) {
			return Optional.empty();
		}
		var waiting = eligibility.stream()
			.filter(id -> !approvedSectionIds.contains(id))
			.map(id -> programme.section(id).map(Section::title).orElse(id))
			.toList();
		return waiting.isEmpty() ? Optional.empty()
				: Optional.of(GateDecision.refused(BuiltInRules.ELIGIBILITY_FIRST,
						"You can submit this section once the eligibility sections are approved. Still to be approved: "
								+ String.join("; ", waiting)));
	}

	private static Optional<GateDecision> stageGate(Programme programme, String sectionId,
			Set<String> approvedSectionIds) {
		var stage = programme.stageOf(sectionId).orElseThrow();
		List<String> waiting = programme.gates()
			.stagesAwaitedBy(stage.id())
			.stream()
			.flatMap(id -> programme.stages().stream().filter(candidate -> candidate.id().equals(id)))
			.filter(awaited -> !awaited.sections().stream().map(Section::id).allMatch(approvedSectionIds::contains))
			.map(Stage::title)
			.toList();
		return waiting.isEmpty() ? Optional.empty() : Optional.of(GateDecision.refused(BuiltInRules.STAGE_GATE,
				"You can submit this section once these stages are approved: " + String.join("; ", waiting)));
	}

	private static Optional<GateDecision> hardStop(Section section, Collection<Finding> openFindings) {
		var questionIds = section.questions().stream().map(Question::id).collect(Collectors.toSet());
		return openFindings.stream()
			.filter(Finding::blocksSubmission)
			.filter(finding -> finding.questionIds().stream().anyMatch(questionIds::contains))
			.findFirst()
			.map(finding -> GateDecision.refused(finding.ruleId(), finding.message()));
	}

}
