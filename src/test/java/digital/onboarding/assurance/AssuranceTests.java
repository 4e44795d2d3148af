package digital.onboarding.assurance;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A product version's applications answered through the JSON API: the task list, saving,
 * rules, gates, submission as revisions and withdrawal.
 */
@ServiceTest
class AssuranceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private ApiClient api;

	private String applications;

	@BeforeEach
	void productUsingTwoApis() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Beacon Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var products = "/api/v1/organisations/" + organisation + "/products";
		var product = read(this.api.post(products, "{\"name\":\"Beacon PACS\",\"version\":\"3.2\"}"));
		var productId = product.get("id").asString();
		var versionId = product.get("versions").get(0).get("id").asString();
		var chosen = this.api.put(products + "/" + productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"national-imaging-registry\",\"national-record-locator\"]}");
		assertThat(chosen.getResponse().getStatus()).isEqualTo(200);
		this.applications = products + "/" + productId + "/versions/" + versionId + "/applications";
	}

	@Test
	void choosingApisOpensApplicationsWhoseSharedSectionsAppearOnce() {
		var taskList = read(this.api.get(this.applications));
		var shared = taskList.get("sharedSections");
		assertThat(shared.findValuesAsString("sectionId")).startsWith("eligibility-product",
				"eligibility-organisation");
		assertThat(shared.get(0).get("apiIds").toString()).contains("national-imaging-registry")
			.contains("national-record-locator");
		assertThat(shared.get(0).get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(taskList.get("apis").findValuesAsString("apiId")).containsExactly("national-imaging-registry",
				"national-record-locator");
		var nir = taskList.get("apis").get(0);
		assertThat(nir.get("stages").findValuesAsString("title")).isNotEmpty();
		assertThat(nir.get("approvedSections").asInt()).isZero();
		assertThat(
				this.jdbc.sql("select summary from audit_events where action = 'application.opened' and object_id = ?")
					.param(this.applications.split("/")[8])
					.query(String.class)
					.list())
			.containsExactly("Opened the application for national-imaging-registry on programme version 1.0",
					"Opened the application for national-record-locator on programme version 3.0");
	}

	@Test
	void anApisOwnSectionIsItsAloneEvenWhereAnotherProgrammeHasASectionOfTheSameId() {
		var setup = read(this.api.get(this.applications + "/national-imaging-registry/sections/setup"));
		assertThat(setup.get("sharedBy").toString()).contains("national-imaging-registry")
			.doesNotContain("national-record-locator");
		var shared = read(this.api.get(this.applications + "/national-record-locator/sections/eligibility-product"));
		assertThat(shared.get("sharedBy").toString()).contains("national-imaging-registry")
			.contains("national-record-locator");
	}

	@Test
	void answersAreSavedCheckedAndSubmittedOnceAsARevisionThatLocksTheSection() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		var invalid = this.api.put(section, "{\"version\":0,\"answers\":"
				+ EligibilityAnswers.organisation("Beacon Ltd", "not an ods code!") + "}");
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(read(invalid).get("errors").has("organisation-ods-code")).isTrue();
		assertThat(read(this.api.get(section)).get("status").asString()).isEqualTo("NOT_STARTED");

		var partial = read(this.api.put(section, "{\"version\":0,\"answers\":{\"organisation-name\":\"Beacon Ltd\"}}"));
		assertThat(partial.get("status").asString()).isEqualTo("IN_PROGRESS");
		var incomplete = this.api.post(section + "/submission", "{\"version\":1}");
		assertThat(incomplete.getResponse().getStatus()).isEqualTo(422);
		assertThat(read(incomplete).get("errors").has("submitting-contact")).isTrue();

		var stale = this.api.put(section, "{\"version\":0,\"answers\":{\"organisation-name\":\"Other\"}}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);

		var complete = read(this.api.put(section,
				"{\"version\":1,\"answers\":" + EligibilityAnswers.organisation("Beacon Ltd", "X26") + "}"));
		assertThat(complete.get("version").asInt()).isEqualTo(2);
		assertThat(read(this.api.post(section + "/submission", "{\"version\":2}")).get("revision").asInt())
			.isEqualTo(1);
		assertThat(read(this.api.post(section + "/submission", "{\"version\":2}")).get("revision").asInt())
			.as("a repeated submission is the same revision")
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from section_revisions").query(Integer.class).single()).isPositive();
		var shared = this.applications + "/national-record-locator/sections/eligibility-organisation";
		assertThat(read(this.api.get(shared)).get("status").asString()).as("one answer for every API sharing it")
			.isEqualTo("SUBMITTED");
		assertThat(this.api.put(section, "{\"version\":3,\"answers\":{}}").getResponse().getStatus()).isEqualTo(409);

		assertThat(this.api.delete(section + "/submission").getResponse().getStatus()).isEqualTo(204);
		assertThat(read(this.api.get(section)).get("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aSubmissionSentTwiceAtOnceIsOneRevisionAndBothAreToldItsNumber() throws Exception {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		var answers = EligibilityAnswers.organisation("Beacon Ltd", "X26");
		int version = read(this.api.put(section, "{\"version\":0,\"answers\":" + answers + "}")).get("version").asInt();
		for (int trial = 0; trial < 10; trial++) {
			var start = new CountDownLatch(1);
			var threads = Executors.newFixedThreadPool(2);
			try {
				var body = "{\"version\":" + version + "}";
				Callable<MvcResult> submit = () -> {
					start.await();
					return this.api.post(section + "/submission", body);
				};
				var first = threads.submit(submit);
				var second = threads.submit(submit);
				start.countDown();
				assertThat(List.of(first.get(), second.get())).allSatisfy(answer -> {
					assertThat(answer.getResponse().getStatus()).isEqualTo(200);
					assertThat(read(answer).get("revision").asInt()).isEqualTo(revisionsOf(section));
				});
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(this.jdbc
				.sql("select count(*) from audit_events where action = 'section.submitted' " + "and object_id = ?")
				.param(this.applications.split("/")[8])
				.query(Integer.class)
				.single()).as("one audit event per revision").isEqualTo(trial + 1);
			assertThat(this.api.delete(section + "/submission").getResponse().getStatus()).isEqualTo(204);
			version = read(this.api.get(section)).get("version").asInt();
		}
		assertThat(revisionsOf(section)).isEqualTo(10);
	}

	private int revisionsOf(String section) {
		var versionId = UUID.fromString(section.split("/")[8]);
		return this.jdbc.sql("""
				select count(*) from section_revisions r join section_responses s on s.id = r.section_response_id
				where s.product_version_id = ? and s.section_key = 'eligibility-organisation'
				""").param(versionId).query(Integer.class).single();
	}

	@Test
	void aSectionNobodyHasSavedIsPrefilledFromTheOrganisationAndProduct() {
		var organisation = read(
				this.api.get(this.applications + "/national-imaging-registry/sections/eligibility-organisation"));
		assertThat(organisation.get("answers").get("organisation-name").asString()).isEqualTo("Beacon Ltd");
		assertThat(organisation.get("answers").get("organisation-ods-code").asString()).startsWith("T");
		var product = read(this.api.get(this.applications + "/national-imaging-registry/sections/eligibility-product"));
		assertThat(product.get("answers").get("product-version").asString()).isEqualTo("3.2");
	}

	@Test
	void aFileAnswerMustBeEvidenceOfTheSameOrganisation() {
		var refused = this.api.put(this.applications + "/national-imaging-registry/sections/eligibility-product",
				"{\"version\":0,\"answers\":{\"product-architecture-diagram\":\"" + UUID.randomUUID() + "\"}}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(read(refused).get("errors").get("product-architecture-diagram").asString())
			.contains("not one of your organisation's files");
	}

	@Test
	void noStageIsSubmittedBeforeEligibilityIsApprovedButItMayBeDrafted() {
		var governance = this.applications + "/national-imaging-registry/sections/governance";
		var saved = this.api.put(governance, "{\"version\":0,\"answers\":{\"dspt-status\":\"standards-met\"}}");
		assertThat(saved.getResponse().getStatus()).as("drafting ahead").isEqualTo(200);
		var view = read(saved);
		assertThat(view.get("submission").get("allowed").asBoolean()).isFalse();
		assertThat(view.get("submission").get("ruleId").asString()).isEqualTo("R-eligibility-first");
	}

	@Test
	void rulesRaiseFindingsOnSaveAndResolveThemWhenTheAnswerChanges() {
		var governance = this.applications + "/national-imaging-registry/sections/governance";
		var raised = read(this.api.put(governance, "{\"version\":0,\"answers\":{\"dspt-status\":\"lapsed\"}}"));
		assertThat(raised.get("openFindings").findValuesAsString("ruleId")).contains("R-dspt-lapsed");
		var taskList = read(this.api.get(this.applications));
		assertThat(taskList.get("apis").get(0).get("openFindings").findValuesAsString("outcome")).contains("PAUSE");
		assertThat(taskList.get("apis").get(1).get("openFindings")).as("another API's rules are its own").isEmpty();

		var eligibility = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		this.api.put(eligibility,
				"{\"version\":0,\"answers\":" + EligibilityAnswers.organisation("Beacon Ltd", "X26") + "}");
		var paused = this.api.post(eligibility + "/submission", "{\"version\":1}");
		assertThat(paused.getResponse().getStatus()).as("a pause stops the whole application").isEqualTo(409);

		var resolved = read(
				this.api.put(governance, "{\"version\":1,\"answers\":{\"dspt-status\":\"standards-met\"}}"));
		assertThat(resolved.get("openFindings").findValuesAsString("ruleId")).doesNotContain("R-dspt-lapsed");
		assertThat(this.jdbc
			.sql("select count(*) from findings where rule_id = 'R-dspt-lapsed' and resolved_at is not null")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void anotherOrganisationCannotSeeOrAnswerTheApplications() {
		var outsider = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var theirs = new ApiClient(this.mvc, Organisations.token(outsider, Organisations.register(outsider, "Nosy")));
		assertThat(theirs.get(this.applications).getResponse().getStatus()).isEqualTo(404);
		assertThat(theirs
			.put(this.applications + "/national-imaging-registry/sections/eligibility-organisation",
					"{\"version\":0,\"answers\":{}}")
			.getResponse()
			.getStatus()).isEqualTo(404);
		var submission = this.applications + "/national-imaging-registry/sections/eligibility-organisation/submission";
		assertThat(theirs.post(submission, "{\"version\":0}").getResponse().getStatus()).isEqualTo(404);
		assertThat(theirs.delete(submission).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void viewersReadButNeitherSubmitNorWithdraw() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		this.api.put(section,
				"{\"version\":0,\"answers\":" + EligibilityAnswers.organisation("Beacon Ltd", "X26") + "}");
		var viewerEmail = People.activeAccount(this.mvc);
		var organisation = UUID.fromString(this.applications.split("/")[4]);
		Members.join(this.jdbc, organisation, viewerEmail, "VIEWER");
		var viewer = new ApiClient(this.mvc, Organisations.token(People.signedIn(this.mvc, viewerEmail), organisation));
		assertThat(viewer.get(section).getResponse().getStatus()).isEqualTo(200);
		assertThat(viewer.post(section + "/submission", "{\"version\":1}").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.api.post(section + "/submission", "{\"version\":1}").getResponse().getStatus()).isEqualTo(200);
		assertThat(viewer.delete(section + "/submission").getResponse().getStatus()).isEqualTo(403);
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
