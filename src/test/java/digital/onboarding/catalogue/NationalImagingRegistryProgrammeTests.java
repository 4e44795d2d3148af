package digital.onboarding.catalogue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digital.onboarding.catalogue.programme.Answers;
import digital.onboarding.catalogue.programme.BuiltInRules;
import digital.onboarding.catalogue.programme.Finding;
import digital.onboarding.catalogue.programme.Gates;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.PrefillSource;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.catalogue.programme.RuleEvaluation;
import digital.onboarding.catalogue.programme.RuleOutcome;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.SectionCheck;
import digital.onboarding.catalogue.programme.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The National Imaging Registry's programme as shipped: its structure, which questions
 * show, when a section is complete, what each of its rules raises and how its gates open.
 */
class NationalImagingRegistryProgrammeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Catalogue CATALOGUE = new Catalogue();

	private final Programme nir = CATALOGUE.programme("national-imaging-registry").orElseThrow();

	@Test
	void theProgrammeIsPublishedWithSixStagesFromEligibilityToTheConnectionAgreement() {
		assertThat(this.nir.version()).isEqualTo("1.0");
		assertThat(this.nir.isPublished()).isTrue();
		assertThat(CATALOGUE.get("national-imaging-registry").programmeVersion()).isEqualTo("1.0");
		assertThat(this.nir.turnaroundWorkingDays()).isEqualTo(10);
		assertThat(this.nir.stages()).extracting("id")
			.containsExactly("eligibility", "setup", "governance", "technical", "legals", "agreement");
		assertThat(this.nir.sections()).filteredOn(Section::shared)
			.extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "connection-agreement");
		assertThat(this.nir.section("technical-conformance").orElseThrow().review()).isEqualTo(ReviewPolicy.FOUR_EYES);
		assertThat(this.nir.section("governance").orElseThrow().review()).isEqualTo(ReviewPolicy.SINGLE);
		assertThat(this.nir.rules()).extracting("id")
			.containsExactly("R-role-consistent", "R-dspt-status", "R-dspt-date", "R-dspt-lapsed", "R-uk-only",
					"R-dcb0129");
	}

	@Test
	void theSharedEligibilitySectionsAskTheSeedsNumberedQuestionsWithThisProgrammesGuidance() {
		var product = this.nir.section("eligibility-product").orElseThrow();
		assertThat(product.questions()).extracting(Question::reference)
			.containsExactly("Q1", "Q1.1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9");
		assertThat(product.guidance()).contains("Q9: enter N/A");
		var organisation = this.nir.section("eligibility-organisation").orElseThrow();
		assertThat(organisation.questions()).extracting(Question::reference)
			.containsExactly("Q1", "Q2", "Q2.1", "Q3", "Q3.1", "Q4");
		assertThat(this.nir.question("organisation-ods-code").orElseThrow().prefill())
			.isEqualTo(PrefillSource.ORGANISATION_ODS_CODE);
		assertThat(CATALOGUE.programme("national-record-locator").orElseThrow().section("eligibility-product"))
			.as("the same section in another programme")
			.hasValueSatisfying(section -> assertThat(section.questions()).isEqualTo(product.questions()));
	}

	@Test
	void everyRequirementItemHasFreeTextOfAtMost2000CharactersAndAnOptionalFile() {
		var items = this.nir.section("technical-conformance")
			.orElseThrow()
			.questions()
			.stream()
			.filter(question -> question.reference() != null)
			.toList();
		assertThat(items).extracting(Question::reference)
			.containsSequence("UAT-01", "UAT-01", "UAT-02", "UAT-02")
			.contains("NFT-01", "NFT-02");
		assertThat(items).filteredOn(question -> question.type() == QuestionType.LONG_TEXT)
			.hasSize(14)
			.allSatisfy(question -> assertThat(question.textLimit()).isEqualTo(2000));
		assertThat(items).filteredOn(question -> question.type() == QuestionType.FILE)
			.hasSize(14)
			.allSatisfy(question -> {
				assertThat(question.required()).isFalse();
				assertThat(question.evidence().maxMegabytes()).isEqualTo(250);
			});
	}

	@Test
	void theConnectionTypeDecidesWhichRequirementItemsFollow() {
		var section = this.nir.section("technical-conformance").orElseThrow();
		var processor = Map.<String, Object>of("technical-role", "data-processor");

		assertThat(shownIds(section, processor)).containsExactly("technical-role", "connection-type");
		assertThat(shownIds(section, with(processor, "connection-type", "consumer")))
			.contains("co-uat-01", "co-nft-02-evidence")
			.noneMatch(id -> id.startsWith("pr-"));
		assertThat(shownIds(section, with(processor, "connection-type", "provider"))).contains("pr-uat-01")
			.noneMatch(id -> id.startsWith("co-"));
		assertThat(shownIds(section, with(processor, "connection-type", "both"))).contains("co-uat-01", "pr-uat-01")
			.hasSize(2 + 28);
		assertThat(shownIds(section, Map.of("technical-role", "data-controller", "connection-type", "both")))
			.as("an end user organisation gives its HCID; its leftover connection type counts for nothing")
			.containsExactly("technical-role", "euo-hcid");
	}

	@Test
	void aSectionIsCompleteOnlyWithEveryRequiredShownQuestionAnswered() {
		var answers = new HashMap<String, Object>(
				Map.of("technical-role", "data-processor", "connection-type", "provider"));
		var check = SectionCheck.of(this.nir, "technical-conformance", Answers.of(answers), TODAY);
		assertThat(check.canBeSaved()).isTrue();
		assertThat(check.isComplete()).isFalse();
		assertThat(check.missing()).extracting("questionId")
			.containsExactly("pr-uat-01", "pr-uat-02", "pr-uat-03", "pr-uat-04", "pr-nft-01", "pr-nft-02");
		assertThat(check.missing().get(0).message()).isEqualTo("Answer \"UAT-01: Answer a query for a known patient\"");

		List.of("pr-uat-01", "pr-uat-02", "pr-uat-03", "pr-uat-04", "pr-nft-01")
			.forEach(id -> answers.put(id, "Done."));
		answers.put("pr-nft-02", "x".repeat(2001));
		check = SectionCheck.of(this.nir, "technical-conformance", Answers.of(answers), TODAY);
		assertThat(check.canBeSaved()).isFalse();
		assertThat(check.invalid()).singleElement()
			.satisfies(problem -> assertThat(problem.questionId()).isEqualTo("pr-nft-02"));

		answers.put("pr-nft-02", "Our trust store holds only the registry's root.");
		assertThat(SectionCheck.of(this.nir, "technical-conformance", Answers.of(answers), TODAY).isComplete())
			.isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SectionCheck.of(this.nir, "no-such-section", Answers.none(), TODAY));
	}

	@Test
	void roleConsistentRejectsARoleThatDiffersBetweenStages() {
		var same = Map.<String, Object>of("setup-role", "data-processor", "governance-role", "data-processor",
				"technical-role", "data-processor");
		assertThat(findings(same)).isEmpty();
		assertThat(findings(with(same, "legals-role", "data-controller"))).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("R-role-consistent");
			assertThat(finding.outcome()).isEqualTo(RuleOutcome.AUTOMATIC_REJECTION);
			assertThat(finding.message()).contains("same answer in every stage");
			assertThat(finding.questionIds()).containsExactly("setup-role", "governance-role", "technical-role",
					"legals-role");
		});
	}

	@Test
	void dsptStatusIsAHardStopBelowStandardsMet() {
		assertThat(findings(governance("dspt-status", "standards-met"))).isEmpty();
		assertThat(findings(governance("dspt-status", "standards-exceeded"))).isEmpty();
		assertThat(findings(governance("dspt-status", "approaching-standards"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-status", RuleOutcome.HARD_STOP));
		assertThat(findings(governance("dspt-status", "standards-not-met"))).extracting(Finding::ruleId)
			.containsExactly("R-dspt-status");
	}

	@Test
	void dsptDateFlagsAPublicationOlderThan12Months() {
		assertThat(findings(governance("dspt-published", "2025-11-23"))).isEmpty();
		assertThat(findings(governance("dspt-published", "2025-11-22"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-date", RuleOutcome.SCRUTINY_FLAG));
	}

	@Test
	void dsptLapsedPausesTheWholeApplication() {
		assertThat(findings(governance("dspt-status", "standards-met"))).isEmpty();
		assertThat(findings(governance("dspt-status", "lapsed"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-lapsed", RuleOutcome.PAUSE));
	}

	@Test
	void ukOnlyFlagsPersonalDataProcessedOutsideTheUk() {
		assertThat(findings(governance("uk-only-processing", "yes"))).isEmpty();
		assertThat(findings(governance("uk-only-processing", "no"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-uk-only", RuleOutcome.SCRUTINY_FLAG));
	}

	@Test
	void dcb0129IsAHardStopForAManufacturerThatDoesNotComply() {
		assertThat(findings(governance("dcb0129-compliant", "yes"))).isEmpty();
		assertThat(findings(governance("dcb0129-compliant", "no"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dcb0129", RuleOutcome.HARD_STOP));
		assertThat(findings(Map.of("governance-role", "data-controller", "dcb0129-compliant", "no")))
			.as("a hidden answer raises nothing")
			.isEmpty();
	}

	@Test
	void eligibilityFirstHoldsBackEverySectionButTheEligibilityOnes() {
		var refused = Gates.submission(this.nir, "setup", Set.of("eligibility-product"), List.of());
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.ruleId()).isEqualTo(BuiltInRules.ELIGIBILITY_FIRST);
		assertThat(refused.reason()).endsWith("Still to be approved: Check your eligibility – organisation details");
		assertThat(Gates.submission(this.nir, "eligibility-organisation", Set.of(), List.of()).allowed()).isTrue();
		assertThat(Gates.submission(this.nir, "setup", eligible(), List.of()).allowed()).isTrue();
	}

	@Test
	void stageGateHoldsBackAStageUntilTheStagesItWaitsForAreApprovedWhileDraftingGoesOn() {
		var refused = Gates.submission(this.nir, "governance", eligible(), List.of());
		assertThat(refused.ruleId()).isEqualTo(BuiltInRules.STAGE_GATE);
		assertThat(refused.reason())
			.isEqualTo("You can submit this section once these stages are approved: Stage 1: set-up and preparation");
		assertThat(Gates.editing(this.nir, "governance", Set.of(), List.of()).allowed())
			.as("the next stage may be drafted meanwhile")
			.isTrue();
		assertThat(Gates.submission(this.nir, "governance", approved("setup"), List.of()).allowed()).isTrue();
		assertThat(Gates
			.submission(this.nir, "connection-agreement", approved("setup", "governance", "technical-conformance"),
					List.of())
			.reason()).endsWith("Stage 4: legals and production access");
	}

	@Test
	void aHardStopBlocksOnlyTheSectionWhoseAnswersRaisedIt() {
		var hardStop = findings(governance("dcb0129-compliant", "no"));
		var refused = Gates.submission(this.nir, "governance", approved("setup"), hardStop);
		assertThat(refused.ruleId()).isEqualTo("R-dcb0129");
		assertThat(refused.reason()).startsWith("Manufacturers must comply with DCB0129");
		assertThat(Gates.submission(this.nir, "setup", eligible(), hardStop).allowed()).isTrue();
		assertThat(Gates.editing(this.nir, "governance", approved("setup"), hardStop).allowed())
			.as("answers are how a hard stop is resolved")
			.isTrue();
	}

	@Test
	void aPauseStopsEverySectionUntilResolved() {
		var pause = findings(governance("dspt-status", "lapsed"));
		for (var section : List.of("eligibility-product", "setup", "technical-conformance")) {
			var refused = Gates.submission(this.nir, section, approved("setup", "governance"), pause);
			assertThat(refused.ruleId()).isEqualTo("R-dspt-lapsed");
			assertThat(refused.reason())
				.startsWith("This application is paused until this is resolved: Your DSPT has lapsed");
			assertThat(Gates.editing(this.nir, section, Set.of(), pause).allowed()).isFalse();
		}
	}

	private List<String> shownIds(Section section, Map<String, Object> answers) {
		return Visibility.of(this.nir, Answers.of(answers), TODAY)
			.shownQuestions(section)
			.stream()
			.map(Question::id)
			.toList();
	}

	private List<Finding> findings(Map<String, Object> answers) {
		return RuleEvaluation.findings(this.nir, Answers.of(answers), TODAY);
	}

	private static Map<String, Object> governance(String questionId, String answer) {
		return Map.of("governance-role", "data-processor", questionId, answer);
	}

	private static Map<String, Object> with(Map<String, Object> answers, String questionId, Object answer) {
		var more = new HashMap<>(answers);
		more.put(questionId, answer);
		return more;
	}

	private static Set<String> eligible() {
		return Set.of("eligibility-product", "eligibility-organisation");
	}

	private static Set<String> approved(String... sections) {
		var approved = new HashSet<>(eligible());
		approved.addAll(List.of(sections));
		return approved;
	}

	private static void assertFinding(Finding finding, String ruleId, RuleOutcome outcome) {
		assertThat(finding.ruleId()).isEqualTo(ruleId);
		assertThat(finding.outcome()).isEqualTo(outcome);
		assertThat(finding.message()).isNotBlank();
	}

}
