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
import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.PrefillSource;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.catalogue.programme.RuleEvaluation;
import digital.onboarding.catalogue.programme.RuleOutcome;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.SectionCheck;
import digital.onboarding.catalogue.programme.Stage;
import digital.onboarding.catalogue.programme.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The National Record Locator v3.0 programme as shipped (seeds 000 and 001): its stages 0
 * to 4 and their sections, which questions show, what each of its rules raises and how
 * its gates open.
 */
class NationalRecordLocatorProgrammeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Catalogue CATALOGUE = new Catalogue();

	/**
	 * The current pointer types of {@code shared/reference/nrl-v3.md}, by code: the 2024
	 * value set's SNOMED types and the three the 2026 specification adds. Not the NICIP
	 * imaging types (2024 only) nor Appointment (only through BaRS).
	 */
	private static final List<String> POINTER_TYPES = List.of("736253002", "887701000000100", "861421000000109",
			"1382601000000107", "325691000000100", "736373009", "16521000000101", "736366004", "735324008",
			"2181441000000107", "1363501000000100", "824321000000109", "887181000000106", "1515851000000101", "hdtap");

	private final Programme nrl = CATALOGUE.programme("national-record-locator").orElseThrow();

	@Test
	void theProgrammeIsPublishedAsVersion30WithTheSeedsStages0To4() {
		assertThat(this.nrl.version()).isEqualTo("3.0");
		assertThat(this.nrl.isPublished()).isTrue();
		assertThat(CATALOGUE.get("national-record-locator").programmeVersion()).isEqualTo("3.0");
		assertThat(this.nrl.turnaroundWorkingDays()).isEqualTo(10);
		assertThat(this.nrl.stages()).extracting(Stage::id)
			.containsExactly("eligibility", "setup", "assurance", "technical", "legals");
		assertThat(this.nrl.stages()).extracting(Stage::title)
			.containsExactly("Stage 0: prerequisites", "Stage 1: set-up and eligibility",
					"Stage 2: non-functional and clinical safety assurance",
					"Stage 3: technical conformance and testing", "Stage 4: legal agreement and production access");
		assertThat(this.nrl.sections()).extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "prerequisites", "setup", "assurance",
					"technical-conformance", "connection-agreement", "data-sharing-agreements",
					"production-smoke-test");
		assertThat(this.nrl.sections()).filteredOn(Section::shared)
			.extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "connection-agreement");
		assertThat(this.nrl.rules()).extracting("id")
			.containsExactly("R-role-consistent", "R-dspt-status", "R-dspt-date", "R-dspt-lapsed", "R-uk-only",
					"R-dcb0129");
	}

	@Test
	void technicalConformanceAloneIsFourEyes() {
		assertThat(this.nrl.section("technical-conformance").orElseThrow().review()).isEqualTo(ReviewPolicy.FOUR_EYES);
		assertThat(this.nrl.sections()).filteredOn(section -> !section.id().equals("technical-conformance"))
			.allSatisfy(section -> assertThat(section.review()).as(section.id()).isEqualTo(ReviewPolicy.SINGLE));
		assertThat(this.nrl.sections()).noneMatch(Section::deferrable);
	}

	@Test
	void thePrerequisitesAskForAnOdsCodeTheDsptAUseCaseAndEligibility() {
		var prerequisites = this.nrl.section("prerequisites").orElseThrow();
		assertThat(prerequisites.questions()).extracting(Question::id)
			.containsExactly("nrl-ods-code", "dspt-status", "dspt-published", "nrl-use-case",
					"meets-eligibility-criteria");
		assertThat(prerequisites.questions()).allMatch(Question::required);
		assertThat(this.nrl.question("nrl-ods-code").orElseThrow().prefill())
			.isEqualTo(PrefillSource.ORGANISATION_ODS_CODE);
		assertThat(this.nrl.section("eligibility-organisation").orElseThrow().guidance()).contains("ODS code");
	}

	@Test
	void setUpAsksForTheUseCaseTheFourNonFunctionalExpectationsAndTheContacts() {
		assertThat(this.nrl.section("setup").orElseThrow().questions()).extracting(Question::id)
			.containsSubsequence("setup-role", "use-case-users", "security-expectations", "performance-expectations",
					"availability-expectations", "resilience-expectations", "technical-contact", "operational-contact");
	}

	@Test
	void theClinicalSafetyStandardFollowsTheRole() {
		var assurance = this.nrl.section("assurance").orElseThrow();
		assertThat(shownIds(assurance, Map.of("assurance-role", "data-processor")))
			.contains("dcb0129-compliant", "dcb0129-safety-case", "hazard-log", "ig-confirmed")
			.doesNotContain("dcb0160-compliant", "dcb0160-safety-case");
		assertThat(shownIds(assurance, Map.of("assurance-role", "data-controller")))
			.contains("dcb0160-compliant", "dcb0160-safety-case", "hazard-log", "ig-confirmed")
			.doesNotContain("dcb0129-compliant", "dcb0129-safety-case");
		assertThat(assurance.question("security-architecture").orElseThrow().required())
			.as("only if NHS England asks for it")
			.isFalse();
	}

	@Test
	void theConnectionTypeDecidesWhichPointerTypesAndTestEvidenceAreAskedFor() {
		var section = this.nrl.section("technical-conformance").orElseThrow();
		assertThat(shownIds(section, Map.of())).containsExactly("connection-type", "test-environments",
				"use-case-demonstration", "known-issues");
		assertThat(shownIds(section, Map.of("connection-type", "producer")))
			.contains("producer-pointer-types", "producer-test-evidence")
			.doesNotContain("consumer-pointer-types", "consumer-test-evidence");
		assertThat(shownIds(section, Map.of("connection-type", "consumer")))
			.contains("consumer-pointer-types", "consumer-test-evidence")
			.doesNotContain("producer-pointer-types", "producer-test-evidence");
		assertThat(shownIds(section, Map.of("connection-type", "both"))).contains("producer-pointer-types",
				"producer-test-evidence", "consumer-pointer-types", "consumer-test-evidence");
		assertThat(section.question("test-environments").orElseThrow().options()).extracting(Option::value)
			.containsExactly("sandbox", "integration");
	}

	@Test
	void thePointerTypeOptionsAreTheReferenceList() {
		for (var id : List.of("producer-pointer-types", "consumer-pointer-types")) {
			var question = this.nrl.question(id).orElseThrow();
			assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
			assertThat(question.options()).extracting(Option::value).as(id).containsExactlyElementsOf(POINTER_TYPES);
		}
		var options = this.nrl.question("producer-pointer-types").orElseThrow().options();
		assertThat(options).filteredOn(option -> option.value().equals("1363501000000100"))
			.singleElement()
			.satisfies(option -> {
				assertThat(option.label()).contains("NEWS2");
				assertThat(option.hint()).contains("Observations");
			});
		assertThat(options).extracting(Option::label)
			.contains("Advance care plan", "Hospital Discharge to Assess Plan")
			.noneMatch(label -> label.contains("Appointment") || label.contains("MRI"));
	}

	@Test
	void aTechnicalConformanceSectionIsCompleteWithThePointerTypesAndEvidenceOfItsConnectionType() {
		var answers = new HashMap<String, Object>(Map.of("connection-type", "producer", "test-environments",
				List.of("sandbox", "integration"), "use-case-demonstration", "Our crisis team's journey."));
		var check = SectionCheck.of(this.nrl, "technical-conformance", Answers.of(answers), TODAY);
		assertThat(check.missing()).extracting("questionId")
			.containsExactly("producer-pointer-types", "producer-test-evidence");
		answers.put("producer-pointer-types", List.of("736253002", "no-such-type"));
		assertThat(SectionCheck.of(this.nrl, "technical-conformance", Answers.of(answers), TODAY).canBeSaved())
			.as("only listed pointer types")
			.isFalse();
	}

	@Test
	void roleConsistentRejectsARoleThatDiffersBetweenSetUpAndAssurance() {
		var same = Map.<String, Object>of("setup-role", "data-controller", "assurance-role", "data-controller");
		assertThat(findings(same)).isEmpty();
		assertThat(findings(with(same, "assurance-role", "data-processor"))).singleElement().satisfies(finding -> {
			assertFinding(finding, "R-role-consistent", RuleOutcome.AUTOMATIC_REJECTION);
			assertThat(finding.questionIds()).containsExactly("setup-role", "assurance-role");
		});
	}

	@Test
	void dsptStatusIsAHardStopBelowStandardsMet() {
		assertThat(findings(Map.of("dspt-status", "standards-met"))).isEmpty();
		assertThat(findings(Map.of("dspt-status", "standards-exceeded"))).isEmpty();
		assertThat(findings(Map.of("dspt-status", "approaching-standards"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-status", RuleOutcome.HARD_STOP));
		assertThat(findings(Map.of("dspt-status", "standards-not-met"))).extracting(Finding::ruleId)
			.containsExactly("R-dspt-status");
	}

	@Test
	void dsptDateFlagsAPublicationOlderThan12Months() {
		assertThat(findings(Map.of("dspt-published", "2025-11-23"))).isEmpty();
		assertThat(findings(Map.of("dspt-published", "2025-11-22"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-date", RuleOutcome.SCRUTINY_FLAG));
	}

	@Test
	void dsptLapsedPausesTheWholeApplication() {
		var pause = findings(Map.of("dspt-status", "lapsed"));
		assertThat(pause).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-lapsed", RuleOutcome.PAUSE));
		for (var section : List.of("eligibility-product", "prerequisites", "setup", "technical-conformance")) {
			var refused = Gates.submission(this.nrl, section, approved("setup", "assurance"), pause);
			assertThat(refused.ruleId()).as(section).isEqualTo("R-dspt-lapsed");
			assertThat(Gates.editing(this.nrl, section, approved("setup", "assurance"), pause).allowed()).isFalse();
		}
	}

	@Test
	void ukOnlyFlagsPersonalDataProcessedOutsideTheUk() {
		assertThat(findings(Map.of("uk-only-processing", "yes"))).isEmpty();
		assertThat(findings(Map.of("uk-only-processing", "no"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-uk-only", RuleOutcome.SCRUTINY_FLAG));
	}

	@Test
	void dcb0129IsAHardStopForAManufacturerThatDoesNotComply() {
		assertThat(findings(Map.of("assurance-role", "data-processor", "dcb0129-compliant", "yes"))).isEmpty();
		var hardStop = findings(Map.of("assurance-role", "data-processor", "dcb0129-compliant", "no"));
		assertThat(hardStop).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dcb0129", RuleOutcome.HARD_STOP));
		assertThat(findings(Map.of("assurance-role", "data-controller", "dcb0129-compliant", "no")))
			.as("a hidden answer raises nothing")
			.isEmpty();
		assertThat(Gates.submission(this.nrl, "assurance", approved("setup"), hardStop).ruleId())
			.isEqualTo("R-dcb0129");
		assertThat(Gates.submission(this.nrl, "setup", eligible(), hardStop).allowed())
			.as("only the section whose answers raised it")
			.isTrue();
	}

	@Test
	void theEligibilitySectionsAndThePrerequisitesComeFirst() {
		assertThat(this.nrl.gates().eligibilitySections()).containsExactly("eligibility-product",
				"eligibility-organisation", "prerequisites");
		assertThat(Gates.submission(this.nrl, "prerequisites", Set.of(), List.of()).allowed())
			.as("stage 0 is answered together")
			.isTrue();
		var refused = Gates.submission(this.nrl, "setup", Set.of("eligibility-product", "eligibility-organisation"),
				List.of());
		assertThat(refused.ruleId()).isEqualTo(BuiltInRules.ELIGIBILITY_FIRST);
		assertThat(refused.reason()).endsWith("Still to be approved: Prerequisites for the National Record Locator");
		assertThat(Gates.submission(this.nrl, "setup", eligible(), List.of()).allowed()).isTrue();
	}

	@Test
	void eachStageWaitsForTheOneBeforeAndCannotBeDraftedMeanwhile() {
		assertThat(this.nrl.gates().draftingAhead()).isFalse();
		var order = List.of("setup", "assurance", "technical-conformance", "connection-agreement");
		var titles = List.of("Stage 1: set-up and eligibility", "Stage 2: non-functional and clinical safety assurance",
				"Stage 3: technical conformance and testing");
		var approved = eligible();
		for (int i = 1; i < order.size(); i++) {
			var refused = Gates.submission(this.nrl, order.get(i), approved, List.of());
			assertThat(refused.ruleId()).as(order.get(i)).isEqualTo(BuiltInRules.STAGE_GATE);
			assertThat(refused.reason())
				.isEqualTo("You can submit this section once these stages are approved: " + titles.get(i - 1));
			assertThat(Gates.editing(this.nrl, order.get(i), approved, List.of()).allowed()).isFalse();
			approved.add(order.get(i - 1));
			assertThat(Gates.submission(this.nrl, order.get(i), approved, List.of()).allowed()).isTrue();
			assertThat(Gates.editing(this.nrl, order.get(i), approved, List.of()).allowed()).isTrue();
		}
		for (var section : List.of("data-sharing-agreements", "production-smoke-test")) {
			assertThat(Gates.submission(this.nrl, section, approved, List.of()).allowed()).as(section).isTrue();
		}
	}

	@Test
	void relatedServicesAreNotedAsSeparateOnboarding() {
		assertThat(this.nrl.section("production-smoke-test").orElseThrow().helpAndTips()).contains("Spine Secure Proxy",
				"National Document Repository", "own onboarding");
	}

	private List<String> shownIds(Section section, Map<String, Object> answers) {
		return Visibility.of(this.nrl, Answers.of(answers), TODAY)
			.shownQuestions(section)
			.stream()
			.map(Question::id)
			.toList();
	}

	private List<Finding> findings(Map<String, Object> answers) {
		return RuleEvaluation.findings(this.nrl, Answers.of(answers), TODAY);
	}

	private static Map<String, Object> with(Map<String, Object> answers, String questionId, Object answer) {
		var more = new HashMap<>(answers);
		more.put(questionId, answer);
		return more;
	}

	private static Set<String> eligible() {
		return new HashSet<>(Set.of("eligibility-product", "eligibility-organisation", "prerequisites"));
	}

	private static Set<String> approved(String... sections) {
		var approved = eligible();
		approved.addAll(List.of(sections));
		return approved;
	}

	private static void assertFinding(Finding finding, String ruleId, RuleOutcome outcome) {
		assertThat(finding.ruleId()).isEqualTo(ruleId);
		assertThat(finding.outcome()).isEqualTo(outcome);
		assertThat(finding.message()).isNotBlank();
	}

}
