package digital.onboarding.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told what as a review goes along, by email through a real SMTP server and in the
 * service's notifications list, each message linking to the page it is about.
 */
@ServiceTest
class ReviewNotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	OverdueDigest overdueDigest;

	private String ownerEmail;

	private String contactEmail;

	private String reviewerEmail;

	private String approverEmail;

	private UUID reviewer;

	private ApiClient api;

	private String section;

	@BeforeEach
	void submittedOrganisationDetails() {
		this.ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, this.ownerEmail);
		var organisation = Organisations.register(owner, "Notified Ltd");
		this.contactEmail = People.uniqueEmail("onboarding");
		owner.post("/organisations/" + organisation + "/contacts", "kind", "ONBOARDING", "name", "Olive Onboard",
				"jobTitle", "Project manager", "email", this.contactEmail);
		this.reviewerEmail = People.activeAccount(this.mvc);
		this.reviewer = Staff.grant(this.jdbc, this.reviewerEmail, "national-imaging-registry", "REVIEWER");
		this.approverEmail = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, this.approverEmail, "national-imaging-registry", "APPROVER");
		this.api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var products = "/api/v1/organisations/" + organisation + "/products";
		var product = this.json
			.readTree(Visitor.text(this.api.post(products, "{\"name\":\"Notified PACS\",\"version\":\"1.0\"}")));
		var versionPath = products + "/" + product.get("id").asString() + "/versions/"
				+ product.get("versions").get(0).get("id").asString();
		this.api.put(versionPath + "/apis", "{\"apiIds\":[\"national-imaging-registry\"]}");
		this.section = versionPath + "/applications/national-imaging-registry/sections/eligibility-organisation";
		this.api.put(this.section,
				"{\"version\":0,\"answers\":" + EligibilityAnswers.organisation("Notified Ltd") + "}");
		this.api.post(this.section + "/submission", "{\"version\":1}");
	}

	@Test
	void theApisStaffHearOfASubmissionAndItsLinkOpensTheRevision() {
		var message = Mailbox.awaitMessageTo(this.reviewerEmail, "Submitted for review");
		assertThat(message.subject())
			.isEqualTo("Submitted for review: Check your eligibility – organisation details from Notified Ltd");
		assertThat(message.body()).containsPattern("due for a decision by \\d{1,2} [A-Z][a-z]+ \\d{4}\\.");
		var path = message.linkPath("/review/revisions/");
		assertThat(People.signedIn(this.mvc, this.reviewerEmail).get(path).getResponse().getStatus()).isEqualTo(200);
		Mailbox.awaitMessageTo(this.approverEmail, "Submitted for review");
		assertThat(People.signedIn(this.mvc, this.reviewerEmail).page("/notifications"))
			.contains("Submitted for review: Check your eligibility");
	}

	@Test
	void theOrganisationsOwnersAndOnboardingContactHearOfCommentsAndDecisions() {
		var revision = revision();
		this.reviews.comment(this.reviewer, revision, null, "organisation-name", "Please give the full name");
		var comment = Mailbox.awaitMessageTo(this.contactEmail, "New comment on");
		assertThat(comment.subject()).isEqualTo("New comment on Check your eligibility – organisation details");
		var sectionPath = comment.linkPath("/sections/eligibility-organisation");
		assertThat(People.signedIn(this.mvc, this.ownerEmail).page(sectionPath))
			.contains("Comments from the review team")
			.contains("Please give the full name");
		Mailbox.awaitMessageTo(this.ownerEmail, "New comment on");

		this.reviews.decide(this.reviewer, revision, version(revision), Decision.REQUEST_CHANGES,
				"Give the organisation's full legal name");
		var decision = Mailbox.awaitMessageTo(this.ownerEmail, "Check your eligibility");
		assertThat(decision.subject())
			.isEqualTo("Check your eligibility – organisation details was returned for changes");
		assertThat(decision.body()).contains("Give the organisation's full legal name");
		assertThat(decision.linkPath("/sections/eligibility-organisation")).isEqualTo(sectionPath);
	}

	@Test
	void aReplyGoesToTheAssignedReviewer() {
		var revision = revision();
		this.reviews.assignToMe(this.reviewer, revision);
		this.reviews.comment(this.reviewer, revision, null, null, "Is the ODS code right?");
		var thread = this.json.readTree(Visitor.text(this.api.get(this.section)))
			.get("comments")
			.get(0)
			.get("id")
			.asString();
		this.api.post(this.section + "/comments/" + thread + "/replies", "{\"body\":\"Yes, it is X26\"}");
		var reply = Mailbox.awaitMessageTo(this.reviewerEmail, "Reply from");
		assertThat(reply.subject())
			.isEqualTo("Reply from Notified Ltd on Check your eligibility – organisation details");
		assertThat(reply.linkPath("/review/revisions/")).isEqualTo("/review/revisions/" + revision);
		assertThat(Mailbox.messagesTo(this.approverEmail)).as("the approver is not assigned")
			.noneMatch(message -> message.subject().startsWith("Reply from"));
	}

	@Test
	void reviewersAreToldEachMorningOfReviewsPastTheirTarget() {
		var revision = revision();
		this.jdbc.sql("update reviews set submitted_at = ?, due_on = current_date - 1 where revision_id = ?")
			.params(Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS)), revision)
			.update();
		assertThat(this.overdueDigest.send()).isPositive();
		var digest = Mailbox.awaitMessageTo(this.reviewerEmail, "1 review is");
		assertThat(digest.subject()).isEqualTo("1 review is past the turnaround target");
		assertThat(digest.body()).contains("Check your eligibility – organisation details from Notified Ltd");
		assertThat(digest.linkPath("/review")).isEqualTo("/review");
		assertThat(People.signedIn(this.mvc, this.reviewerEmail).page("/review?age=overdue"))
			.contains("/review/revisions/" + revision)
			.contains("Overdue");
	}

	private UUID revision() {
		return this.jdbc.sql("select revision_id from reviews where product_version_id = ?::uuid")
			.param(this.section.split("/")[8])
			.query(UUID.class)
			.single();
	}

	private int version(UUID revision) {
		return this.jdbc.sql("select version from reviews where revision_id = ?")
			.param(revision)
			.query(Integer.class)
			.single();
	}

}
