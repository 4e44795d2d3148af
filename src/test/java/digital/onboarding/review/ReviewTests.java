package digital.onboarding.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import digital.onboarding.audit.AuditTrail;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.EvidenceUploads;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.Samples;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journey 6 below the pages: a submission reaches the queue of its API's staff only;
 * comments, replies, requests for changes, resubmission with its changes, approval that
 * counts for every API sharing a section and opens the gates behind it; rejection,
 * deferral, four eyes, and two decisions at once.
 */
@ServiceTest
@RecordApplicationEvents
class ReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	ReviewQueue queue;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	private Visitor owner;

	private ApiClient api;

	private String applications;

	private String ods;

	private UUID reviewer;

	private UUID approver;

	private UUID secondApprover;

	private UUID nhsLoginReviewer;

	@BeforeEach
	void productUsingTheImagingRegistryAndTheRecordLocator() {
		this.owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		this.ods = Organisations.uniqueOdsCode();
		var organisation = Organisations.register(this.owner, "Beacon Imaging Ltd");
		this.jdbc.sql("update organisations set ods_code = ? where id = ?").params(this.ods, organisation).update();
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, organisation));
		var products = "/api/v1/organisations/" + organisation + "/products";
		var product = read(this.api.post(products, "{\"name\":\"Beacon PACS\",\"version\":\"3.2\"}"));
		var productId = product.get("id").asString();
		var versionId = product.get("versions").get(0).get("id").asString();
		this.api.put(products + "/" + productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"national-imaging-registry\",\"national-record-locator\",\"nhs-login\"]}");
		this.applications = products + "/" + productId + "/versions/" + versionId + "/applications";
		this.reviewer = staff("national-imaging-registry", "REVIEWER");
		this.approver = staff("national-imaging-registry", "APPROVER");
		this.secondApprover = staff("nhs-login", "APPROVER");
		this.nhsLoginReviewer = staff("nhs-login", "REVIEWER");
	}

	@Test
	void aSubmissionWaitsInTheQueueOfItsApisStaffAndNoOneElses() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		var mine = this.queue.page(this.reviewer, new QueueFilter(null, null, null, null, null, null, this.ods), null);
		assertThat(mine.items()).extracting(item -> item.review().revisionId()).containsExactly(revision);
		var item = mine.items().get(0);
		assertThat(item.review().apiIds()).contains("national-imaging-registry", "national-record-locator");
		assertThat(item.review().organisationName()).isEqualTo("Beacon Imaging Ltd");
		assertThat(item.turnaround().target()).isEqualTo(10);
		assertThat(item.turnaround().overdue()).isFalse();

		var stranger = staff("summary-care-record", "REVIEWER");
		assertThat(this.queue.page(stranger, QueueFilter.none(), null).items())
			.noneMatch(other -> other.review().revisionId().equals(revision));
		assertThatThrownBy(() -> this.reviews.open(stranger, revision, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reviews.assignToMe(stranger, revision)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reviews.decide(stranger, revision, 0, Decision.APPROVE, null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theQueueFiltersBySearchAssigneeFindingsAndStatus() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		assertThat(ids(new QueueFilter(null, null, null, null, "unassigned", null, this.ods)))
			.containsExactly(revision);
		assertThat(ids(new QueueFilter(null, null, null, null, "me", null, this.ods))).isEmpty();
		this.reviews.assignToMe(this.reviewer, revision);
		assertThat(ids(new QueueFilter(null, null, null, null, "me", null, this.ods))).containsExactly(revision);
		assertThat(ids(new QueueFilter(null, "eligibility", null, null, null, "no", this.ods)))
			.containsExactly(revision);
		assertThat(ids(new QueueFilter(null, null, null, null, null, "yes", this.ods))).isEmpty();
		assertThat(ids(new QueueFilter(null, "governance", null, null, null, null, this.ods))).isEmpty();
		assertThat(ids(new QueueFilter(null, null, null, "overdue", null, null, this.ods))).isEmpty();
		assertThat(ids(new QueueFilter(null, null, null, null, null, null, "beacon imaging"))).contains(revision);
		assertThat(ids(new QueueFilter(null, null, null, null, null, null, "Beacon PACS"))).contains(revision);
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.APPROVE, null);
		assertThat(ids(new QueueFilter(null, null, null, null, null, null, this.ods))).isEmpty();
		assertThat(ids(new QueueFilter(null, null, "DECIDED", null, null, null, this.ods))).containsExactly(revision);
		assertThatThrownBy(() -> ids(new QueueFilter(null, null, "LOST", null, null, null, null)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ids(new QueueFilter("summary-care-record", null, null, null, null, null, null)))
			.hasMessage("Choose one of the APIs you review");
	}

	@Test
	void theQueueIsPagedOldestFirst() {
		var first = submitOrganisationDetails("Beacon Imaging Ltd");
		var second = submit("eligibility-product", EligibilityAnswers.product("3.2"));
		var search = new QueueFilter(null, null, null, null, null, null, this.ods);
		assertThat(ids(search)).containsExactly(first, second);
	}

	@Test
	void changesRequestedAreMadeAndResubmittedThenApprovalCountsForEveryApiSharingTheSection() {
		var first = submitOrganisationDetails("Beacon Imaging");
		this.reviews.assignToMe(this.reviewer, first);
		this.reviews.comment(this.reviewer, first, null, "organisation-name", "Is this your legal name?");
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		var view = read(this.api.get(section));
		var thread = view.get("comments").get(0);
		assertThat(thread.get("subject").asString()).startsWith("What is the name of the organisation");
		assertThat(thread.get("comments").get(0).get("body").asString()).isEqualTo("Is this your legal name?");

		var reply = this.owner.post(this.pagePath(section) + "/comments/" + thread.get("id").asString() + "/replies",
				"body", "It is Beacon Imaging Ltd; we will correct it.");
		assertThat(reply.getResponse().getRedirectedUrl()).endsWith("/sections/eligibility-organisation");
		this.reviews.comment(this.reviewer, first, null, null, "Thank you for applying");
		var whole = read(this.api.get(section)).get("comments").get(1);
		assertThat(whole.get("subject").asString()).isEqualTo("Check your eligibility – organisation details");
		assertThat(
				this.api.post(section + "/comments/" + whole.get("id").asString() + "/replies", "{\"body\":\"Thanks\"}")
					.getResponse()
					.getStatus())
			.as("a thread about the whole section")
			.isEqualTo(201);
		assertThat(this.reviews.open(this.reviewer, first, null).threads().get(0).comments())
			.extracting(comment -> comment.body())
			.containsExactly("Is this your legal name?", "It is Beacon Imaging Ltd; we will correct it.");

		assertThatThrownBy(
				() -> this.reviews.decide(this.reviewer, first, version(first), Decision.REQUEST_CHANGES, " "))
			.as("a request for changes needs a reason")
			.isInstanceOf(IllegalArgumentException.class);
		this.reviews.decide(this.reviewer, first, version(first), Decision.REQUEST_CHANGES, "Give the full legal name");
		view = read(this.api.get(section));
		assertThat(view.get("status").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(view.get("decisionReason").asString()).isEqualTo("Give the full legal name");

		var answersVersion = view.get("version").asInt();
		this.api.put(section, "{\"version\":" + answersVersion + ",\"answers\":"
				+ EligibilityAnswers.organisation("Beacon Imaging Ltd") + "}");
		assertThat(read(this.api.get(section)).get("status").asString()).as("still with the applicant")
			.isEqualTo("CHANGES_REQUESTED");
		var resubmitted = read(this.api.post(section + "/submission", "{\"version\":" + (answersVersion + 1) + "}"));
		var second = latestRevision();
		assertThat(second).isNotEqualTo(first);
		assertThat(resubmitted.get("revision").asInt()).isEqualTo(2);

		var review = this.reviews.open(this.reviewer, second, null);
		assertThat(review.review().assigneeId()).as("back to the same reviewer").isEqualTo(this.reviewer);
		assertThat(review.comparedWith()).isEqualTo(1);
		assertThat(review.changes()).singleElement().satisfies(change -> {
			assertThat(change.question().id()).isEqualTo("organisation-name");
			assertThat(change.before()).isEqualTo("Beacon Imaging");
			assertThat(change.after()).isEqualTo("Beacon Imaging Ltd");
		});
		assertThat(review.earlier()).singleElement()
			.satisfies(earlier -> assertThat(earlier.outcome()).isEqualTo(Decision.REQUEST_CHANGES));

		this.reviews.decide(this.reviewer, second, version(second), Decision.APPROVE, null);
		var taskList = read(this.api.get(this.applications));
		var shared = taskList.get("sharedSections").get(1);
		assertThat(shared.get("sectionId").asString()).isEqualTo("eligibility-organisation");
		assertThat(shared.get("status").asString()).isEqualTo("APPROVED");
		assertThat(shared.get("apiIds").toString()).contains("national-imaging-registry")
			.contains("national-record-locator");
		assertThat(this.audit.verify().isIntact()).isTrue();
		assertThat(this.jdbc.sql("""
				select action from audit_events where object_id = ? and action like 'section.%' order by seq
				""").param(versionId().toString()).query(String.class).list()).containsSubsequence("section.submitted",
				"section.returned-for-changes", "section.saved", "section.submitted", "section.approved");
	}

	@Test
	void approvingTheEligibilitySectionsOpensTheStagesThatWaitedForThem() {
		var governance = this.applications + "/national-imaging-registry/sections/governance";
		assertThat(read(this.api.get(governance)).get("submission").get("ruleId").asString())
			.isEqualTo("R-eligibility-first");
		var organisationDetails = submitOrganisationDetails("Beacon Imaging Ltd");
		var productDetails = submit("eligibility-product", EligibilityAnswers.product("3.2"));
		this.reviews.decide(this.reviewer, organisationDetails, version(organisationDetails), Decision.APPROVE, null);
		assertThat(read(this.api.get(governance)).get("submission").get("ruleId").asString())
			.as("both eligibility sections must be approved")
			.isEqualTo("R-eligibility-first");
		this.reviews.decide(this.approver, productDetails, version(productDetails), Decision.APPROVE, null);
		assertThat(this.events.stream(RevisionDecided.class)).anySatisfy(decided -> {
			assertThat(decided.revisionId()).isEqualTo(productDetails);
			assertThat(decided.decision()).isEqualTo(Decision.APPROVE);
			assertThat(decided.stageId()).isEqualTo("eligibility");
			assertThat(decided.apiIds()).contains("national-imaging-registry", "national-record-locator");
		});
		var setup = read(this.api.get(this.applications + "/national-imaging-registry/sections/setup"));
		assertThat(setup.get("submission").get("allowed").asBoolean()).isTrue();
		assertThat(read(this.api.get(governance)).get("submission").get("ruleId").asString())
			.as("the next stage still waits for set-up")
			.isEqualTo("R-stage-gate");
	}

	@Test
	void aFourEyesSectionIsRecommendedByOneAndDecidedByAnother() {
		approveEligibility();
		var revision = submit("application", "nhs-login",
				"{\"product-overview\":\"A patient app\",\"why-nhs-login\":\"Patients sign in\"}");
		var bothRoles = staff("nhs-login", "REVIEWER");
		Staff.grant(this.jdbc, emailOf(bothRoles), "nhs-login", "APPROVER");
		assertThatThrownBy(() -> this.reviews.decide(bothRoles, revision, version(revision), Decision.APPROVE, null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("a reviewer recommends a decision first");
		this.reviews.recommend(bothRoles, revision, version(revision), Decision.APPROVE, "Meets every criterion");
		assertThatThrownBy(() -> this.reviews.decide(bothRoles, revision, version(revision), Decision.APPROVE, null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("a different approver must take it");
		assertThatThrownBy(
				() -> this.reviews.decide(this.nhsLoginReviewer, revision, version(revision), Decision.APPROVE, null))
			.hasMessageContaining("Only an approver");
		this.reviews.decide(this.secondApprover, revision, version(revision), Decision.APPROVE, null);
		var decided = this.reviews.open(this.secondApprover, revision, null).review();
		assertThat(decided.outcome()).isEqualTo(Decision.APPROVE);
		assertThat(decided.recommendedBy()).isEqualTo(bothRoles);
		assertThat(decided.decidedBy()).isEqualTo(this.secondApprover);
	}

	@Test
	void onlyASectionThatAllowsItCanBeDeferredAndADeferredSectionReturnsToTheApplicant() {
		var organisationDetails = submitOrganisationDetails("Beacon Imaging Ltd");
		assertThatThrownBy(() -> this.reviews.decide(this.reviewer, organisationDetails, version(organisationDetails),
				Decision.DEFER, "Wait for the board"))
			.hasMessage("Decisions on this section cannot be deferred");
		approve(organisationDetails);
		approve(submit("eligibility-product", EligibilityAnswers.product("3.2")));
		approveNhsLoginEligibility();
		var application = submit("application", "nhs-login",
				"{\"product-overview\":\"A patient app\",\"why-nhs-login\":\"Patients sign in\"}");
		this.reviews.recommend(this.nhsLoginReviewer, application, version(application), Decision.DEFER,
				"Needs the sponsorship letter");
		this.reviews.decide(this.secondApprover, application, version(application), Decision.DEFER,
				"The board needs the sponsorship letter before it decides");
		var section = read(this.api.get(this.applications + "/nhs-login/sections/application"));
		assertThat(section.get("status").asString()).isEqualTo("DEFERRED");
		assertThat(section.get("decisionReason").asString()).contains("sponsorship letter");
	}

	@Test
	void aRejectionClosesTheApplicationsSharingTheSectionUntilTheApplicantStartsAgain() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.REJECT,
				"Not an eligible organisation");
		var taskList = read(this.api.get(this.applications));
		assertThat(taskList.get("apis")).as("every API sharing the section").isEmpty();
		assertThat(taskList.get("rejected").findValuesAsString("apiId")).containsExactly("national-imaging-registry",
				"national-record-locator", "nhs-login");

		var restarted = this.owner.post(pagePath(this.applications) + "/national-imaging-registry/start-again");
		assertThat(restarted.getResponse().getRedirectedUrl()).endsWith("/applications");
		taskList = read(this.api.get(this.applications));
		assertThat(taskList.get("apis").findValuesAsString("apiId")).contains("national-imaging-registry");
		var section = read(
				this.api.get(this.applications + "/national-imaging-registry/sections/eligibility-organisation"));
		assertThat(section.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(section.get("answers").get("organisation-name").asString()).as("answers kept")
			.isEqualTo("Beacon Imaging Ltd");
	}

	@Test
	void aSectionCanBeWithdrawnOnlyUntilAReviewerTakesItOn() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		var submission = this.applications + "/national-imaging-registry/sections/eligibility-organisation/submission";
		assertThat(this.api.delete(submission).getResponse().getStatus()).isEqualTo(204);
		assertThat(this.reviews.open(this.reviewer, revision, null).review().state()).isEqualTo(ReviewState.WITHDRAWN);
		assertThat(ids(new QueueFilter(null, null, null, null, null, null, this.ods))).isEmpty();

		var again = resubmitOrganisationDetails();
		this.reviews.assignToMe(this.reviewer, again);
		assertThat(this.api.delete(submission).getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void aFindingOverriddenWithAReasonNoLongerHoldsTheApplicantBack() {
		var governance = this.applications + "/national-imaging-registry/sections/governance";
		this.api.put(governance, "{\"version\":0,\"answers\":{\"uk-only-processing\":\"no\"}}");
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		var findings = this.reviews.open(this.reviewer, revision, null).revision().openFindings();
		assertThat(findings).extracting(finding -> finding.finding().ruleId()).contains("R-uk-only");
		var finding = findings.stream().filter(each -> each.finding().ruleId().equals("R-uk-only")).findFirst().get();
		assertThatThrownBy(() -> this.reviews.overrideFinding(this.reviewer, revision, finding.id(), ""))
			.isInstanceOf(IllegalArgumentException.class);
		this.reviews.overrideFinding(this.reviewer, revision, finding.id(), "Hosting in Ireland is covered by the DPA");
		assertThat(this.reviews.open(this.reviewer, revision, null).revision().openFindings())
			.noneMatch(each -> each.id().equals(finding.id()));
		assertThat(read(this.api.get(governance)).get("openFindings").findValuesAsString("ruleId"))
			.doesNotContain("R-uk-only");
		this.api.put(governance,
				"{\"version\":1,\"answers\":{\"uk-only-processing\":\"no\",\"dspt-status\":\"standards-met\"}}");
		assertThat(read(this.api.get(governance)).get("openFindings").findValuesAsString("ruleId"))
			.as("still raised by the answers, still overridden")
			.doesNotContain("R-uk-only");
	}

	@Test
	void ofTwoStaffDecidingAtOnceOneWinsAndTheOtherIsToldWhoDidWhat() throws Exception {
		for (int round = 0; round < 3; round++) {
			var revision = round == 0 ? submitOrganisationDetails("Beacon Imaging Ltd") : resubmitOrganisationDetails();
			int seen = version(revision);
			var start = new CountDownLatch(1);
			var outcomes = Collections.synchronizedList(new ArrayList<String>());
			var pool = Executors.newFixedThreadPool(2);
			{
				for (var decision : List.of(Decision.REQUEST_CHANGES, Decision.REJECT)) {
					var staffId = decision == Decision.REJECT ? this.approver : this.reviewer;
					pool.submit(() -> {
						start.await();
						try {
							this.reviews.decide(staffId, revision, seen, decision, "Reason " + decision);
							outcomes.add("won");
						}
						catch (ConflictException ex) {
							outcomes.add(ex.getMessage());
						}
						return null;
					});
				}
				start.countDown();
				pool.shutdown();
				assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(outcomes).hasSize(2).containsOnlyOnce("won");
			assertThat(outcomes).anyMatch(message -> message.contains("has already decided this revision"));
			// Whichever won, the next round needs the section open again.
			this.owner.post(pagePath(this.applications) + "/national-imaging-registry/start-again");
		}
	}

	@Test
	void staffPagesAreForTheApisStaffOnly() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		var reviewerPage = People.signedIn(this.mvc, emailOf(this.reviewer)).page("/review/revisions/" + revision);
		assertThat(reviewerPage).contains("What is the name of the organisation supplying")
			.contains("Beacon Imaging Ltd")
			.contains("href=\"/review\">Reviews</a>");
		assertThat(this.owner.page(pagePath(this.applications))).doesNotContain(">Reviews</a>");
		assertThat(People.signedIn(this.mvc, emailOf(this.reviewer)).page("/review?search=" + this.ods))
			.contains("/review/revisions/" + revision);
		assertThat(People.signedIn(this.mvc, emailOf(this.reviewer)).get("/").getResponse().getRedirectedUrl())
			.as("staff start at their queue")
			.isEqualTo("/review");
		var stranger = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(stranger.get("/review/revisions/" + revision).getResponse().getStatus()).isEqualTo(404);
		assertThat(stranger.page("/review")).contains("You do not review any APIs");
		assertThat(this.owner.get("/review/revisions/" + revision).getResponse().getStatus())
			.as("the applicant is not staff")
			.isEqualTo(404);
	}

	@Test
	void aDecisionWithoutItsReasonIsRefusedOnThePageAndChangesNothing() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		var staff = People.signedIn(this.mvc, emailOf(this.reviewer));
		var refused = Visitor.text(staff.post("/review/revisions/" + revision + "/decision", "reviewVersion", "0",
				"decision", "REQUEST_CHANGES", "reason", ""));
		assertThat(refused).contains("There is a problem")
			.contains("Enter the reason for your decision")
			.contains("value=\"REQUEST_CHANGES\" checked")
			.contains("href=\"#reason\">Enter the reason for your decision")
			.contains("id=\"reason-error\"");
		assertThat(this.reviews.open(this.reviewer, revision, null).review().state())
			.isEqualTo(ReviewState.AWAITING_REVIEW);
		var decided = staff.post("/review/revisions/" + revision + "/decision", "reviewVersion", "0", "decision",
				"APPROVE", "reason", "");
		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/review/revisions/" + revision);
		assertThat(staff.page("/review/revisions/" + revision)).contains("Approve: decided by");
	}

	@Test
	void reviewersDownloadOnlyTheFilesTheRevisionNames() {
		var organisation = UUID.fromString(this.applications.split("/")[4]);
		var diagram = read(EvidenceUploads.upload(this.api, organisation, "diagram.png", Samples.png())).get("id")
			.asString();
		var other = read(EvidenceUploads.upload(this.api, organisation, "other.png", Samples.png())).get("id")
			.asString();
		var revision = submit("eligibility-product", EligibilityAnswers.product("3.2")
			.replace("}", ",\"product-architecture-diagram\":\"" + diagram + "\"}"));
		var staff = People.signedIn(this.mvc, emailOf(this.reviewer));
		assertThat(staff.page("/review/revisions/" + revision)).contains("Download diagram.png");
		var download = staff.get("/review/revisions/" + revision + "/evidence/" + diagram);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("diagram.png");
		assertThat(staff.get("/review/revisions/" + revision + "/evidence/" + other).getResponse().getStatus())
			.as("a file of the organisation the answers do not name")
			.isEqualTo(404);
		var stranger = People.signedIn(this.mvc, emailOf(staff("summary-care-record", "REVIEWER")));
		assertThat(stranger.get("/review/revisions/" + revision + "/evidence/" + diagram).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void staffReadTheApplicationsHistoryAndExportItAsCsv() {
		var revision = submitOrganisationDetails("Beacon Imaging Ltd");
		this.reviews.comment(this.reviewer, revision, null, null, "Please confirm the ODS code");
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.REQUEST_CHANGES,
				"Confirm the ODS code");
		var staff = People.signedIn(this.mvc, emailOf(this.reviewer));
		var history = staff.page("/review/revisions/" + revision + "/history");
		assertThat(history).contains("History of the application")
			.containsSubsequence("application.opened", "section.saved", "section.submitted", "comment.added",
					"section.returned-for-changes")
			.contains("Confirm the ODS code");
		var csv = staff.get("/review/revisions/" + revision + "/history.csv");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(Visitor.text(csv)).startsWith("seq,occurred_at,action")
			.contains("section.returned-for-changes")
			.contains(versionId().toString());
		var stranger = People.signedIn(this.mvc, emailOf(staff("summary-care-record", "REVIEWER")));
		assertThat(stranger.get("/review/revisions/" + revision + "/history").getResponse().getStatus()).isEqualTo(404);
		assertThat(stranger.get("/review/revisions/" + revision + "/history.csv").getResponse().getStatus())
			.isEqualTo(404);
	}

	private UUID submitOrganisationDetails(String legalName) {
		return submit("eligibility-organisation", EligibilityAnswers.organisation(legalName));
	}

	private UUID resubmitOrganisationDetails() {
		var section = this.applications + "/national-imaging-registry/sections/eligibility-organisation";
		var version = read(this.api.get(section)).get("version").asInt();
		this.api.put(section, "{\"version\":" + version + ",\"answers\":"
				+ EligibilityAnswers.organisation("Beacon Imaging Ltd " + version) + "}");
		this.api.post(section + "/submission", "{\"version\":" + (version + 1) + "}");
		return latestRevision();
	}

	private UUID submit(String sectionId, String answers) {
		return submit(sectionId, "national-imaging-registry", answers);
	}

	private UUID submit(String sectionId, String apiId, String answers) {
		var section = this.applications + "/" + apiId + "/sections/" + sectionId;
		var saved = this.api.put(section, "{\"version\":0,\"answers\":" + answers + "}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		var submitted = this.api.post(section + "/submission", "{\"version\":1}");
		assertThat(submitted.getResponse().getStatus()).as(Visitor.text(submitted)).isEqualTo(200);
		return latestRevision();
	}

	private void approveEligibility() {
		approve(submitOrganisationDetails("Beacon Imaging Ltd"));
		approve(submit("eligibility-product", EligibilityAnswers.product("3.2")));
		approveNhsLoginEligibility();
	}

	/** NHS login's own eligibility section, which its application waits for too. */
	private void approveNhsLoginEligibility() {
		var revision = submit("nhs-login-eligibility", "nhs-login", EligibilityAnswers.nhsLogin());
		this.reviews.decide(this.nhsLoginReviewer, revision, version(revision), Decision.APPROVE, null);
	}

	private void approve(UUID revision) {
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.APPROVE, null);
	}

	private UUID latestRevision() {
		return this.jdbc.sql("""
				select r.id from section_revisions r join section_responses s on s.id = r.section_response_id
				where s.product_version_id = ? order by r.submitted_at desc, r.number desc limit 1
				""").param(versionId()).query(UUID.class).single();
	}

	private int version(UUID revision) {
		return this.jdbc.sql("select version from reviews where revision_id = ?")
			.param(revision)
			.query(Integer.class)
			.single();
	}

	private List<UUID> ids(QueueFilter filter) {
		return this.queue.page(this.reviewer, filter, null)
			.items()
			.stream()
			.map(item -> item.review().revisionId())
			.toList();
	}

	private UUID versionId() {
		return UUID.fromString(this.applications.split("/")[8]);
	}

	private String pagePath(String apiPath) {
		return apiPath.replace("/api/v1", "");
	}

	private UUID staff(String apiId, String role) {
		return Staff.grant(this.jdbc, People.activeAccount(this.mvc), apiId, role);
	}

	private String emailOf(UUID accountId) {
		return this.jdbc.sql("select email from accounts where id = ?").param(accountId).query(String.class).single();
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
