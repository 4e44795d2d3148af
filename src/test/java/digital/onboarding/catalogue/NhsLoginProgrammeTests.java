package digital.onboarding.catalogue;

import java.time.LocalDate;
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
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.catalogue.programme.RuleEvaluation;
import digital.onboarding.catalogue.programme.RuleOutcome;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.SectionCheck;
import digital.onboarding.catalogue.programme.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NHS login programme as shipped (seed 004): its eligibility check with the four
 * sponsorship and commission scenarios, the application the review call covers, the
 * review call, the partner integration board's decision on the application, what each of
 * its rules raises and how its gates open.
 */
class NhsLoginProgrammeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Catalogue CATALOGUE = new Catalogue();

	private final Programme login = CATALOGUE.programme("nhs-login").orElseThrow();

	@Test
	void theProgrammeIsADraftOfVersion10WithEligibilityApplicationAndAgreement() {
		assertThat(this.login.version()).isEqualTo("1.0");
		assertThat(this.login.isPublished()).isFalse();
		assertThat(this.login.stages()).extracting(Stage::id)
			.containsExactly("eligibility", "application", "agreement");
		assertThat(this.login.sections()).extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "nhs-login-eligibility", "application",
					"review-call", "connection-agreement");
		assertThat(this.login.sections()).filteredOn(Section::shared)
			.extracting(Section::id)
			.containsExactly("eligibility-product", "eligibility-organisation", "connection-agreement");
		assertThat(this.login.rules()).extracting("id")
			.containsExactly("R-nhs-login-sponsorship", "R-nhs-login-criteria", "R-uk-only", "R-england-only");
	}

	@Test
	void theEligibilitySectionAsksTheFiveCriteriaAndTheFourScenarios() {
		var eligibility = this.login.section("nhs-login-eligibility").orElseThrow();
		assertThat(eligibility.questions()).extracting(Question::id)
			.containsExactly("serves-patients-in-england", "patient-facing", "health-or-care-benefit",
					"commissioned-or-sponsored", "free-at-point-of-delivery", "sponsorship-scenario");
		assertThat(eligibility.questions()).allMatch(Question::required);
		assertThat(this.login.question("sponsorship-scenario").orElseThrow().options()).extracting(Option::value)
			.containsExactly("live-commissioned", "live-not-commissioned", "development-sponsored",
					"development-not-sponsored");
	}

	@Test
	void theApplicationIsFourEyesDeferrableAndNeedsOnlyItsOverview() {
		var application = this.login.section("application").orElseThrow();
		assertThat(application.review()).isEqualTo(ReviewPolicy.FOUR_EYES);
		assertThat(application.deferrable()).isTrue();
		assertThat(this.login.sections()).filteredOn(section -> !section.id().equals("application"))
			.allSatisfy(section -> assertThat(section.deferrable()).as(section.id()).isFalse());
		assertThat(application.questions()).extracting(Question::id)
			.containsExactly("product-overview", "why-nhs-login", "timescale-to-live", "uk-only-processing",
					"hosting-location", "england-only-deployment", "deployment-areas", "commissioners",
					"other-nhs-apis", "other-nhs-apis-details", "identity-verification-level", "scopes");
		assertThat(application.questions()).filteredOn(Question::required)
			.extracting(Question::id)
			.containsExactly("product-overview", "why-nhs-login");
		assertThat(this.login.question("other-nhs-apis").orElseThrow().options()).extracting(Option::value)
			.contains("im1-pfs", "pds-fhir");
		assertThat(this.login.question("identity-verification-level").orElseThrow().label()).contains("DCB3051");
		var check = SectionCheck.of(this.login, "application",
				Answers.of(Map.of("product-overview", "A patient app", "why-nhs-login", "Patients sign in")), TODAY);
		assertThat(check.missing()).isEmpty();
	}

	@Test
	void theReviewCallRecordsItsDateAndNotes() {
		var call = this.login.section("review-call").orElseThrow();
		assertThat(call.questions()).extracting(Question::id).containsExactly("review-call-date", "review-call-notes");
		assertThat(call.question("review-call-date").orElseThrow().required()).isTrue();
		assertThat(call.question("review-call-notes").orElseThrow().required()).isFalse();
		assertThat(call.review()).isEqualTo(ReviewPolicy.SINGLE);
	}

	@Test
	void scenariosOneAndThreeMeetTheCriterionAndTwoAndFourAreFlaggedForASponsorshipDiscussion() {
		assertThat(findings(Map.of("sponsorship-scenario", "live-commissioned"))).isEmpty();
		assertThat(findings(Map.of("sponsorship-scenario", "development-sponsored"))).isEmpty();
		for (var scenario : List.of("live-not-commissioned", "development-not-sponsored")) {
			assertThat(findings(Map.of("sponsorship-scenario", scenario))).as(scenario)
				.singleElement()
				.satisfies(finding -> assertFinding(finding, "R-nhs-login-sponsorship", RuleOutcome.SCRUTINY_FLAG));
		}
		assertThat(findings(Map.of("commissioned-or-sponsored", "no"))).as("the scenario raises it, not this")
			.isEmpty();
	}

	@Test
	void aCriterionNotMetIsFlagged() {
		var met = Map.<String, Object>of("serves-patients-in-england", "yes", "patient-facing", "yes",
				"health-or-care-benefit", "yes", "free-at-point-of-delivery", "yes");
		assertThat(findings(met)).isEmpty();
		for (var criterion : met.keySet()) {
			var answers = new java.util.HashMap<>(met);
			answers.put(criterion, "no");
			assertThat(findings(answers)).as(criterion)
				.singleElement()
				.satisfies(finding -> assertFinding(finding, "R-nhs-login-criteria", RuleOutcome.SCRUTINY_FLAG));
		}
	}

	@Test
	void hostingOutsideTheUkAndDeploymentOutsideEnglandAreFlagged() {
		assertThat(findings(Map.of("uk-only-processing", "yes", "england-only-deployment", "yes"))).isEmpty();
		assertThat(findings(Map.of("uk-only-processing", "no"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-uk-only", RuleOutcome.SCRUTINY_FLAG));
		assertThat(findings(Map.of("england-only-deployment", "no"))).singleElement()
			.satisfies(finding -> assertFinding(finding, "R-england-only", RuleOutcome.SCRUTINY_FLAG));
	}

	@Test
	void aFlagDoesNotHoldBackSubmission() {
		var flagged = findings(Map.of("sponsorship-scenario", "development-not-sponsored", "uk-only-processing", "no"));
		assertThat(flagged).hasSize(2);
		assertThat(Gates.submission(this.login, "application", eligible(), flagged).allowed()).isTrue();
	}

	@Test
	void theEligibilitySectionsComeFirst() {
		assertThat(this.login.gates().eligibilitySections()).containsExactly("eligibility-product",
				"eligibility-organisation", "nhs-login-eligibility");
		assertThat(Gates.submission(this.login, "nhs-login-eligibility", Set.of(), List.of()).allowed()).isTrue();
		for (var section : List.of("application", "review-call")) {
			var refused = Gates.submission(this.login, section,
					Set.of("eligibility-product", "eligibility-organisation"), List.of());
			assertThat(refused.ruleId()).as(section).isEqualTo(BuiltInRules.ELIGIBILITY_FIRST);
			assertThat(refused.reason()).endsWith("Still to be approved: Eligibility for NHS login");
			assertThat(Gates.submission(this.login, section, eligible(), List.of()).allowed()).isTrue();
		}
	}

	@Test
	void theAgreementWaitsForEligibilityAndMayBeDraftedAhead() {
		assertThat(this.login.gates().draftingAhead()).isTrue();
		assertThat(this.login.gates().stagesAwaitedBy("agreement")).containsExactly("eligibility");
		assertThat(Gates.editing(this.login, "connection-agreement", Set.of(), List.of()).allowed()).isTrue();
		assertThat(Gates.submission(this.login, "connection-agreement", Set.of(), List.of()).ruleId())
			.isEqualTo(BuiltInRules.ELIGIBILITY_FIRST);
		assertThat(Gates.submission(this.login, "connection-agreement", eligible(), List.of()).allowed()).isTrue();
	}

	private List<Finding> findings(Map<String, Object> answers) {
		return RuleEvaluation.findings(this.login, Answers.of(answers), TODAY);
	}

	private static Set<String> eligible() {
		return new HashSet<>(Set.of("eligibility-product", "eligibility-organisation", "nhs-login-eligibility"));
	}

	private static void assertFinding(Finding finding, String ruleId, RuleOutcome outcome) {
		assertThat(finding.ruleId()).isEqualTo(ruleId);
		assertThat(finding.outcome()).isEqualTo(outcome);
		assertThat(finding.message()).isNotBlank();
	}

}
