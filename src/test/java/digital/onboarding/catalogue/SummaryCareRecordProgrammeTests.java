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
 * The Summary Care Record's SCAL-route programme (seed 003), still a draft: the SCAL
 * steps as its sections in the seed's order, which questions show, what each of its rules
 * raises and how its gates open.
 */
class SummaryCareRecordProgrammeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Catalogue CATALOGUE = new Catalogue();

	private static final List<String> DECLARATIONS = List.of("declare-accurate", "declare-share-with-euos",
			"declare-use-case-only", "declare-changes");

	private final Programme scr = CATALOGUE.programme("summary-care-record").orElseThrow();

	@Test
	void theProgrammeIsADraftWithTheScalStepsInTheSeedsOrder() {
		assertThat(this.scr.version()).isEqualTo("1.0");
		assertThat(this.scr.isPublished()).isFalse();
		assertThat(CATALOGUE.get("summary-care-record").name()).isEqualTo("Summary Care Record (SCAL route)");
		assertThat(this.scr.turnaroundWorkingDays()).isEqualTo(10);
		assertThat(this.scr.stages()).extracting(Stage::id)
			.containsExactly("eligibility", "use-case", "prerequisites", "clinical-safety", "testing", "service-desk",
					"declarations", "agreement", "acceptable-use", "production");
		assertThat(this.scr.sections()).extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "use-case", "ods-code", "hscn", "dspt",
					"clinical-risk-management", "medical-device", "technical-conformance", "penetration-testing",
					"service-desk-registration", "declarations", "connection-agreement", "acceptable-use-policy",
					"production-access");
		assertThat(this.scr.sections()).filteredOn(Section::shared)
			.extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "connection-agreement");
		assertThat(this.scr.rules()).extracting("id")
			.containsExactly("R-dspt-status", "R-dspt-date", "R-dspt-lapsed", "R-dcb0129");
	}

	@Test
	void technicalConformanceAloneIsFourEyes() {
		assertThat(this.scr.section("technical-conformance").orElseThrow().review()).isEqualTo(ReviewPolicy.FOUR_EYES);
		assertThat(this.scr.sections()).filteredOn(section -> !section.id().equals("technical-conformance"))
			.allSatisfy(section -> assertThat(section.review()).as(section.id()).isEqualTo(ReviewPolicy.SINGLE));
	}

	@Test
	void theDsptAsksForTheOrganisationProfileStatusAndDate() {
		assertThat(this.scr.section("dspt").orElseThrow().questions()).extracting(Question::id)
			.containsExactly("dspt-organisation-profile", "dspt-status", "dspt-published");
		assertThat(this.scr.question("dspt-organisation-profile").orElseThrow().options()).extracting(Option::label)
			.containsExactly("NHS Business Partner", "Company");
	}

	@Test
	void theHazardLogIsAskedForOnlyWhenTheApisHazardLogWasIntegrated() {
		var section = this.scr.section("clinical-risk-management").orElseThrow();
		assertThat(shownIds(section, Map.of("api-hazard-log", "integrated"))).contains("dcb0129-compliant",
				"hazard-log");
		assertThat(shownIds(section, Map.of("api-hazard-log", "none-provided"))).doesNotContain("hazard-log");
	}

	@Test
	void aMedicalDeviceSaysHowItComplies() {
		var section = this.scr.section("medical-device").orElseThrow();
		assertThat(shownIds(section, Map.of("is-medical-device", "yes"))).contains("medical-device-compliance");
		assertThat(shownIds(section, Map.of("is-medical-device", "no"))).containsExactly("is-medical-device");
	}

	@Test
	void thePenetrationTestIsAFileWithItsDate() {
		assertThat(this.scr.question("pen-test-report").orElseThrow().type()).isEqualTo(QuestionType.FILE);
		assertThat(this.scr.question("pen-test-date").orElseThrow().type()).isEqualTo(QuestionType.DATE);
		var check = SectionCheck.of(this.scr, "penetration-testing", Answers.of(Map.of("pen-test-date", "2026-10-01")),
				TODAY);
		assertThat(check.missing()).extracting("questionId").containsExactly("pen-test-report");
	}

	@Test
	void eachDeclarationNotAgreedNeedsAnExplanation() {
		var agreed = new HashMap<String, Object>();
		DECLARATIONS.forEach(id -> agreed.put(id, "yes"));
		var check = SectionCheck.of(this.scr, "declarations", Answers.of(agreed), TODAY);
		assertThat(check.isComplete()).isTrue();
		for (var declaration : DECLARATIONS) {
			var answers = new HashMap<>(agreed);
			answers.put(declaration, "no");
			check = SectionCheck.of(this.scr, "declarations", Answers.of(answers), TODAY);
			assertThat(check.isComplete()).as(declaration).isFalse();
			assertThat(check.missing()).extracting("questionId").containsExactly(declaration + "-explanation");
			answers.put(declaration + "-explanation", "Our answer is being checked by our lawyers.");
			assertThat(SectionCheck.of(this.scr, "declarations", Answers.of(answers), TODAY).isComplete())
				.as(declaration)
				.isTrue();
		}
	}

	@Test
	void productionAccessIsAskedForEachEndUserOrganisation() {
		var group = this.scr.question("production-organisations").orElseThrow();
		assertThat(group.type()).isEqualTo(QuestionType.REPEATABLE_GROUP);
		assertThat(group.questions()).extracting(Question::id).containsExactly("euo-name", "euo-ods-code");
		var answers = Map.<String, Object>of("production-organisations",
				List.of(Map.of("euo-name", "Riverside Pharmacy", "euo-ods-code", "FA123"),
						Map.of("euo-name", "Hilltop Surgery", "euo-ods-code", "B81001")));
		assertThat(SectionCheck.of(this.scr, "production-access", Answers.of(answers), TODAY).isComplete()).isTrue();
		assertThat(SectionCheck.of(this.scr, "production-access", Answers.none(), TODAY).missing())
			.extracting("questionId")
			.containsExactly("production-organisations");
	}

	@Test
	void theAcceptableUsePolicyIsIssuedToCustomersOrAcceptedByAnInHouseDeveloper() {
		var section = this.scr.section("acceptable-use-policy").orElseThrow();
		assertThat(shownIds(section, Map.of("policy-audience", "customers"))).containsExactly("policy-audience",
				"policy-issued");
		assertThat(shownIds(section, Map.of("policy-audience", "own-organisation"))).containsExactly("policy-audience",
				"policy-accepted");
	}

	@Test
	void dsptStatusIsAHardStopBelowStandardsMet() {
		assertThat(findings(Map.of("dspt-status", "standards-met"))).isEmpty();
		assertThat(findings(Map.of("dspt-status", "standards-exceeded"))).isEmpty();
		var hardStop = findings(Map.of("dspt-status", "approaching-standards"));
		assertThat(hardStop).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dspt-status", RuleOutcome.HARD_STOP));
		assertThat(findings(Map.of("dspt-status", "standards-not-met"))).extracting(Finding::ruleId)
			.containsExactly("R-dspt-status");
		assertThat(Gates.submission(this.scr, "dspt", approved("use-case"), hardStop).ruleId())
			.isEqualTo("R-dspt-status");
		assertThat(Gates.submission(this.scr, "ods-code", approved("use-case"), hardStop).allowed())
			.as("only the section whose answers raised it")
			.isTrue();
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
		for (var section : List.of("eligibility-product", "use-case", "declarations")) {
			assertThat(Gates.submission(this.scr, section, approved("use-case"), pause).ruleId()).as(section)
				.isEqualTo("R-dspt-lapsed");
			assertThat(Gates.editing(this.scr, section, approved("use-case"), pause).allowed()).isFalse();
		}
	}

	@Test
	void dcb0129IsAHardStopWhenTheProcessDoesNotConform() {
		assertThat(findings(Map.of("dcb0129-compliant", "yes"))).isEmpty();
		var hardStop = findings(Map.of("dcb0129-compliant", "no"));
		assertThat(hardStop).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-dcb0129", RuleOutcome.HARD_STOP));
		var before = approved("use-case", "ods-code", "hscn", "dspt");
		assertThat(Gates.submission(this.scr, "clinical-risk-management", before, hardStop).ruleId())
			.isEqualTo("R-dcb0129");
		assertThat(Gates.submission(this.scr, "medical-device", before, hardStop).allowed()).isTrue();
	}

	@Test
	void theEligibilitySectionsComeFirst() {
		assertThat(this.scr.gates().eligibilitySections()).containsExactly("eligibility-product",
				"eligibility-organisation");
		var refused = Gates.submission(this.scr, "use-case", Set.of("eligibility-product"), List.of());
		assertThat(refused.ruleId()).isEqualTo(BuiltInRules.ELIGIBILITY_FIRST);
		assertThat(Gates.submission(this.scr, "use-case", eligible(), List.of()).allowed()).isTrue();
	}

	@Test
	void eachStepWaitsForTheOneBeforeButMayBeDraftedAhead() {
		assertThat(this.scr.gates().draftingAhead()).isTrue();
		var order = List.of("use-case", "ods-code", "clinical-risk-management", "technical-conformance", "declarations",
				"connection-agreement", "acceptable-use-policy", "production-access");
		var approved = eligible();
		approved.add("service-desk-registration");
		for (int i = 1; i < order.size(); i++) {
			var section = order.get(i);
			assertThat(Gates.submission(this.scr, section, approved, List.of()).ruleId()).as(section)
				.isEqualTo(BuiltInRules.STAGE_GATE);
			assertThat(Gates.editing(this.scr, section, approved, List.of()).allowed()).as(section).isTrue();
			approved.addAll(stageSections(order.get(i - 1)));
			assertThat(Gates.submission(this.scr, section, approved, List.of()).allowed()).as(section).isTrue();
		}
	}

	@Test
	void serviceDeskRegistrationNeedsOnlyTheOdsCodeStage() {
		var prerequisites = approved("use-case", "ods-code", "hscn", "dspt");
		assertThat(Gates.submission(this.scr, "service-desk-registration", approved("use-case", "ods-code"), List.of())
			.reason())
			.isEqualTo("You can submit this section once these stages are approved: "
					+ "Steps 3 to 5: ODS code, HSCN and DSPT");
		assertThat(Gates.submission(this.scr, "service-desk-registration", prerequisites, List.of()).allowed())
			.as("not waiting for clinical safety or testing")
			.isTrue();
	}

	@Test
	void theDeclarationsWaitForEveryPrecedingStep() {
		var all = approved("use-case", "ods-code", "hscn", "dspt", "clinical-risk-management", "medical-device",
				"technical-conformance", "penetration-testing", "service-desk-registration");
		assertThat(Gates.submission(this.scr, "declarations", all, List.of()).allowed()).isTrue();
		for (var missing : List.of("use-case", "hscn", "medical-device", "penetration-testing",
				"service-desk-registration")) {
			var fewer = new HashSet<>(all);
			fewer.remove(missing);
			assertThat(Gates.submission(this.scr, "declarations", fewer, List.of()).ruleId()).as(missing)
				.isEqualTo(BuiltInRules.STAGE_GATE);
		}
	}

	@Test
	void productionAccessWaitsForTheAgreementAndThePolicy() {
		var all = approved("use-case", "ods-code", "hscn", "dspt", "clinical-risk-management", "medical-device",
				"technical-conformance", "penetration-testing", "service-desk-registration", "declarations",
				"connection-agreement", "acceptable-use-policy");
		assertThat(Gates.submission(this.scr, "production-access", all, List.of()).allowed()).isTrue();
		all.remove("connection-agreement");
		assertThat(Gates.submission(this.scr, "production-access", all, List.of()).reason())
			.endsWith("Step 12: connection agreement");
	}

	private List<String> stageSections(String sectionId) {
		return this.scr.stageOf(sectionId).orElseThrow().sections().stream().map(Section::id).toList();
	}

	private List<String> shownIds(Section section, Map<String, Object> answers) {
		return Visibility.of(this.scr, Answers.of(answers), TODAY)
			.shownQuestions(section)
			.stream()
			.map(Question::id)
			.toList();
	}

	private List<Finding> findings(Map<String, Object> answers) {
		return RuleEvaluation.findings(this.scr, Answers.of(answers), TODAY);
	}

	private static Set<String> eligible() {
		return new HashSet<>(Set.of("eligibility-product", "eligibility-organisation"));
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
