package digital.onboarding.agreement;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.platform.Sha256;
import digital.onboarding.review.Decision;
import digital.onboarding.review.IncompleteDecisionException;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
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
import static org.assertj.core.api.Assertions.fail;

/**
 * Journey 8 below the browser: an NHS login application whose eligibility, application
 * and connection agreement sections are answered; the agreement is issued only once every
 * other section is approved, its signatory accepts it through the emailed link (with or
 * without an account), which approves the section; a new version asks for acceptance
 * again; and no other organisation can read it.
 */
@ServiceTest
class AgreementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	AgreementTexts texts;

	private Visitor owner;

	private UUID organisationId;

	private UUID productId;

	private ApiClient api;

	private String applications;

	private UUID reviewer;

	private String reviewerEmail;

	private UUID approver;

	private String signatory;

	@BeforeEach
	void anNhsLoginApplication() {
		var ownerEmail = People.activeAccount(this.mvc);
		this.owner = People.signedIn(this.mvc, ownerEmail);
		this.organisationId = Organisations.register(this.owner, "Lumen Health Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisationId));
		var products = "/api/v1/organisations/" + this.organisationId + "/products";
		var product = read(this.api.post(products, "{\"name\":\"Lumen Patient\",\"version\":\"1.0\"}"));
		this.productId = UUID.fromString(product.get("id").asString());
		var versionId = product.get("versions").get(0).get("id").asString();
		this.api.put(products + "/" + this.productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"nhs-login\"]}");
		this.applications = products + "/" + this.productId + "/versions/" + versionId + "/applications";
		this.reviewerEmail = People.activeAccount(this.mvc);
		this.reviewer = Staff.grant(this.jdbc, this.reviewerEmail, "nhs-login", "REVIEWER");
		this.approver = Staff.grant(this.jdbc, People.activeAccount(this.mvc), "nhs-login", "APPROVER");
		this.signatory = People.uniqueEmail("signatory");
	}

	@Test
	void theAgreementIsIssuedOnlyOnceEveryOtherSectionIsApprovedAndItsSignatoryEmailedAWorkingLink() {
		approve(submit("eligibility-organisation", EligibilityAnswers.organisation("Lumen Health Ltd")));
		approve(submit("eligibility-product", EligibilityAnswers.product("1.0")));
		approve(submit("nhs-login-eligibility", EligibilityAnswers.nhsLogin()));
		approve(submit("review-call", "{\"review-call-date\":\"2026-12-01\"}"));
		submitAgreementSection();
		var application = submit("application",
				"{\"product-overview\":\"A patient app\",\"why-nhs-login\":\"Patients sign in\"}");
		this.reviews.recommend(this.reviewer, application, version(application), Decision.APPROVE, null);
		pause();
		assertThat(agreementIds()).as("the application is not yet approved").isEmpty();

		this.reviews.decide(this.approver, application, version(application), Decision.APPROVE, null);
		var agreement = awaitAgreement();
		assertThat(agreement.get("reference").asString()).matches("CNTR[0-9]{7}");
		assertThat(agreement.get("state").asString()).isEqualTo("ISSUED");
		var text = agreement.get("text").asString();
		var current = this.texts.current();
		assertThat(text).contains(agreement.get("reference").asString(), "Lumen Health Ltd", "Lumen Patient",
				current.coreClauses(), current.termsFor("nhs-login"));
		assertThat(agreement.get("textSha256").asString()).isEqualTo(Sha256.hex(text));
		assertThat(agreement.get("version").asInt()).isEqualTo(current.version());
		assertThat(agreement.get("signatoryName").asString()).isEqualTo("Grace Hopper");

		var email = Mailbox.awaitMessageTo(this.signatory, "Accept connection agreement");
		assertThat(email.subject()).contains(agreement.get("reference").asString());
		var page = new Visitor(this.mvc).page(email.linkPath("/agreements/"));
		assertThat(page).contains("Accept the connection agreement", "Accept agreement",
				agreement.get("reference").asString(), "Lumen Patient");
		assertThat(AuditLog.about(this.jdbc, "agreement", agreement.get("id").asString()))
			.extracting(AuditLog.Event::action)
			.containsExactly("agreement.issued");
	}

	@Test
	void theAgreementWaitsWhenItsSectionIsSubmittedLastAndIsIssuedThen() {
		approveEverythingButTheAgreement();
		pause();
		assertThat(agreementIds()).isEmpty();
		submitAgreementSection();
		assertThat(awaitAgreement().get("reference").asString()).matches("CNTR[0-9]{7}");
	}

	@Test
	void acceptanceWithBadInputChangesNothing() {
		var link = issued();
		var signatory = new Visitor(this.mvc);
		var page = Visitor.text(signatory.post(link, "fullName", " ", "role", "", "declaration", "false"));
		assertThat(page).contains("There is a problem", "Enter your full name", "Enter your role",
				"Confirm that you may accept this agreement for your organisation");
		page = Visitor.text(signatory.post(link, "fullName", "Grace Hopper", "role", "Director"));
		assertThat(page).contains("There is a problem", "Confirm that you may accept");
		page = Visitor
			.text(signatory.post(link, "fullName", "G".repeat(201), "role", "Director", "declaration", "true"));
		assertThat(page).contains("Full name must be 200 characters or fewer");

		var agreement = onlyAgreement();
		assertThat(agreement.get("state").asString()).isEqualTo("ISSUED");
		assertThat(agreement.get("acceptedAt").isNull()).isTrue();
		assertThat(section("connection-agreement").get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void acceptanceRecordsWhoWhenWhereAndWhatAndApprovesTheSectionThroughTheLinkOnce() {
		var link = issued();
		var signatory = new Visitor(this.mvc, "198.51.100.77");
		var accepted = signatory.post(link, "fullName", "Grace Hopper", "role", "Chief Executive", "declaration",
				"true");
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(link);
		var agreement = onlyAgreement();
		var reference = agreement.get("reference").asString();
		var row = this.jdbc.sql("select * from connection_agreements where reference = ?")
			.param(reference)
			.query((rs, n) -> Map.of("name", rs.getString("accepted_name"), "role", rs.getString("accepted_role"),
					"from", rs.getString("accepted_from"), "version", rs.getInt("accepted_version"), "sha",
					rs.getString("accepted_sha256"), "at", rs.getTimestamp("accepted_at").toInstant()))
			.single();
		assertThat(row).containsEntry("name", "Grace Hopper")
			.containsEntry("role", "Chief Executive")
			.containsEntry("from", "198.51.100.77")
			.containsEntry("version", agreement.get("version").asInt())
			.containsEntry("sha", Sha256.hex(agreement.get("text").asString()));
		assertThat(agreement.get("state").asString()).isEqualTo("ACTIVE");

		var section = section("connection-agreement");
		assertThat(section.get("status").asString()).isEqualTo("APPROVED");
		assertThat(section.get("decisionReason").asString())
			.isEqualTo("Accepted by the legal signatory under " + reference);
		var decidedBy = this.jdbc
			.sql("select count(*) from reviews r join section_revisions v on v.id = r.revision_id "
					+ "where r.section_id = 'connection-agreement' and r.product_id = ? and r.state = 'DECIDED' "
					+ "and r.outcome = 'APPROVE' and r.decided_by is null")
			.param(this.productId)
			.query(Integer.class)
			.single();
		assertThat(decidedBy).as("decided by the service, not a member of staff").isEqualTo(1);
		assertThat(AuditLog.inOrganisation(this.jdbc, this.organisationId)).extracting(AuditLog.Event::summary)
			.anyMatch(summary -> summary.startsWith("Approved Approved connection agreement revision 1")
					&& summary.endsWith("Accepted by the legal signatory under " + reference));

		var again = Visitor
			.text(new Visitor(this.mvc).post(link, "fullName", "Mallory", "role", "Intruder", "declaration", "true"));
		assertThat(again).contains("This agreement has already been accepted");
		assertThat(Visitor.text(new Visitor(this.mvc).get(link))).contains("This agreement has already been accepted");
		assertThat(onlyAgreement().get("acceptedName").asString()).isEqualTo("Grace Hopper");

		var confirmation = Mailbox.awaitMessageTo(this.signatory, "You accepted connection agreement " + reference);
		var copy = new Visitor(this.mvc).get(confirmation.linkPath("/agreements/copies/"));
		assertThat(copy.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(copy.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
	}

	@Test
	void staffCannotApproveTheSectionThemselvesButTheApplicantMayWithdrawItToNameAnotherSignatory() {
		var link = issued();
		var revision = agreementRevision();
		assertThatThrownBy(
				() -> this.reviews.decide(this.reviewer, revision, version(revision), Decision.APPROVE, null))
			.isInstanceOf(IncompleteDecisionException.class)
			.hasMessageContaining("approved when the legal signatory accepts the connection agreement");

		var section = this.applications + "/nhs-login/sections/connection-agreement";
		assertThat(this.api.delete(section + "/submission").getResponse().getStatus()).isIn(200, 204);
		assertThat(Visitor.text(new Visitor(this.mvc).get(link))).contains("This agreement was withdrawn");
		assertThat(Visitor.text(new Visitor(this.mvc).post(link, "fullName", "Grace Hopper", "role", "Director",
				"declaration", "true")))
			.contains("This agreement was withdrawn");
		assertThat(onlyAgreement().get("state").asString()).isEqualTo("SUPERSEDED");

		var deputy = People.uniqueEmail("deputy");
		var version = read(this.api.get(section)).get("version").asInt();
		this.api.put(section, """
				{"version":%d,"answers":{"legal-signatory":{"name":"Alan Turing","role":"Deputy","email":"%s"},
				 "agreement-accepted":"no"}}""".formatted(version, deputy));
		assertThat(
				this.api.post(section + "/submission", "{\"version\":" + (version + 1) + "}").getResponse().getStatus())
			.isEqualTo(200);
		var newLink = Mailbox.awaitMessageTo(deputy, "Accept connection agreement").linkPath("/agreements/");
		new Visitor(this.mvc).post(newLink, "fullName", "Alan Turing", "role", "Deputy", "declaration", "true");
		assertThat(section("connection-agreement").get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void anExpiredLinkShowsAClearPageAndTheApplicantCanSendANewOne() {
		var link = issued();
		var id = onlyAgreement().get("id").asString();
		this.jdbc.sql("update connection_agreements set link_expires_at = now() - interval '1 minute' where id = ?")
			.param(UUID.fromString(id))
			.update();
		assertThat(Visitor.text(new Visitor(this.mvc).get(link))).contains("This link has expired");
		assertThat(Visitor.text(new Visitor(this.mvc).post(link, "fullName", "Grace Hopper", "role", "Director",
				"declaration", "true")))
			.contains("This link has expired");
		assertThat(onlyAgreement().get("state").asString()).isEqualTo("ISSUED");

		var sent = this.api.post(agreementsPath() + "/" + id + "/link", "");
		assertThat(sent.getResponse().getStatus()).isEqualTo(204);
		var newLink = Mailbox.awaitMessagesTo(this.signatory, 2).get(1).linkPath("/agreements/");
		assertThat(newLink).isNotEqualTo(link);
		assertThat(Visitor.text(new Visitor(this.mvc).get(link))).contains("This link does not work");
		assertThat(Visitor.text(new Visitor(this.mvc).get(newLink))).contains("Accept agreement");
	}

	@Test
	void aNewVersionAsksForAcceptanceAgainAndTheOldAgreementStaysInForceUntilThen() {
		var link = issued();
		new Visitor(this.mvc).post(link, "fullName", "Grace Hopper", "role", "Director", "declaration", "true");
		var first = onlyAgreement();
		var current = this.texts.current();
		var published = this.texts.publish(current.coreClauses() + "\n\n7. A clause added in a new version.",
				current.apiTerms(), null);

		var reissue = Mailbox.awaitMessageTo(this.signatory, "Accept the new version of your connection agreement");
		var agreements = read(this.api.get(agreementsPath()));
		assertThat(agreements).hasSize(2);
		var newer = agreements.get(0);
		assertThat(newer.get("state").asString()).isEqualTo("ISSUED");
		assertThat(newer.get("version").asInt()).isEqualTo(published.version());
		assertThat(newer.get("replaces").asString()).isEqualTo(first.get("id").asString());
		assertThat(newer.get("text").asString()).contains("7. A clause added in a new version.");
		assertThat(agreements.get(1).get("state").asString()).as("the old one stays in force").isEqualTo("ACTIVE");
		assertThat(this.owner.page("/organisations/" + this.organisationId + "/products/" + this.productId))
			.contains("Re-acceptance due");

		new Visitor(this.mvc).post(reissue.linkPath("/agreements/"), "fullName", "Grace Hopper", "role", "Director",
				"declaration", "true");
		agreements = read(this.api.get(agreementsPath()));
		assertThat(agreements.get(0).get("state").asString()).isEqualTo("ACTIVE");
		assertThat(agreements.get(1).get("state").asString()).isEqualTo("SUPERSEDED");
		assertThat(this.owner.page("/organisations/" + this.organisationId + "/products/" + this.productId))
			.doesNotContain("Re-acceptance due");
		assertThat(section("connection-agreement").get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void onlyTheOrganisationReadsItsAgreementAndOnlyItsOwnersAndAdminsItsPdf() {
		issued();
		var id = onlyAgreement().get("id").asString();
		var page = "/organisations/" + this.organisationId + "/products/" + this.productId + "/agreements";
		assertThat(this.owner.page(page)).contains(onlyAgreement().get("reference").asString(), "Grace Hopper");
		var pdf = this.owner.get(page + "/" + id + "/pdf");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
		var apiPdf = this.api.get(agreementsPath() + "/" + id + "/pdf");
		assertThat(new String(apiPdf.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");

		var stranger = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var theirs = Organisations.register(stranger, "Elsewhere Ltd");
		var strangerApi = new ApiClient(this.mvc, Organisations.token(stranger, theirs));
		assertThat(stranger.get(page).getResponse().getStatus()).isEqualTo(404);
		assertThat(stranger.get(page + "/" + id + "/pdf").getResponse().getStatus()).isEqualTo(404);
		assertThat(strangerApi.get(agreementsPath()).getResponse().getStatus()).isEqualTo(404);
		assertThat(strangerApi.get(agreementsPath() + "/" + id + "/pdf").getResponse().getStatus()).isEqualTo(404);
		var theirPath = "/organisations/" + theirs + "/products/" + this.productId + "/agreements/" + id + "/pdf";
		assertThat(stranger.get(theirPath).getResponse().getStatus()).as("through their own organisation")
			.isEqualTo(404);
	}

	@Test
	void referencesAreUniqueAndWellFormedAcrossEveryAgreementIssued() {
		issued();
		var counts = this.jdbc
			.sql("select count(*) as every, count(distinct reference) as distinct_references, "
					+ "count(*) filter (where reference ~ '^CNTR[0-9]{7}$') as well_formed from connection_agreements")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		assertThat(counts[1]).isEqualTo(counts[0]);
		assertThat(counts[2]).isEqualTo(counts[0]);
	}

	/** Drives the application to an issued agreement; returns the signatory's link. */
	private String issued() {
		approveEverythingButTheAgreement();
		submitAgreementSection();
		awaitAgreement();
		return Mailbox.awaitMessageTo(this.signatory, "Accept connection agreement").linkPath("/agreements/");
	}

	private void approveEverythingButTheAgreement() {
		approve(submit("eligibility-organisation", EligibilityAnswers.organisation("Lumen Health Ltd")));
		approve(submit("eligibility-product", EligibilityAnswers.product("1.0")));
		approve(submit("nhs-login-eligibility", EligibilityAnswers.nhsLogin()));
		approve(submit("review-call", "{\"review-call-date\":\"2026-12-01\"}"));
		var application = submit("application",
				"{\"product-overview\":\"A patient app\",\"why-nhs-login\":\"Patients sign in\"}");
		this.reviews.recommend(this.reviewer, application, version(application), Decision.APPROVE, null);
		this.reviews.decide(this.approver, application, version(application), Decision.APPROVE, null);
	}

	private void submitAgreementSection() {
		submit("connection-agreement", """
				{"legal-signatory":{"name":"Grace Hopper","role":"Chief Executive","email":"%s"},
				 "agreement-accepted":"no"}""".formatted(this.signatory));
	}

	private UUID submit(String sectionId, String answers) {
		var section = this.applications + "/nhs-login/sections/" + sectionId;
		var saved = this.api.put(section, "{\"version\":0,\"answers\":" + answers + "}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		var submitted = this.api.post(section + "/submission", "{\"version\":1}");
		assertThat(submitted.getResponse().getStatus()).as(Visitor.text(submitted)).isEqualTo(200);
		return this.jdbc.sql("""
				select r.id from section_revisions r join section_responses s on s.id = r.section_response_id
				where s.product_version_id = ? and s.section_key in (?, ?) order by r.number desc limit 1
				""").params(versionId(), sectionId, "nhs-login:" + sectionId).query(UUID.class).single();
	}

	private void approve(UUID revision) {
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.APPROVE, null);
	}

	private int version(UUID revision) {
		return this.jdbc.sql("select version from reviews where revision_id = ?")
			.param(revision)
			.query(Integer.class)
			.single();
	}

	private JsonNode section(String sectionId) {
		return read(this.api.get(this.applications + "/nhs-login/sections/" + sectionId));
	}

	private String agreementsPath() {
		return "/api/v1/organisations/" + this.organisationId + "/products/" + this.productId + "/agreements";
	}

	private java.util.List<UUID> agreementIds() {
		return this.jdbc.sql("select id from connection_agreements where product_id = ?")
			.param(this.productId)
			.query(UUID.class)
			.list();
	}

	/** Agreements are issued after the decision commits, by a listener of its own. */
	private JsonNode awaitAgreement() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!agreementIds().isEmpty()) {
				return onlyAgreement();
			}
			pause(50);
		}
		return fail("No agreement was issued");
	}

	private JsonNode onlyAgreement() {
		var agreements = read(this.api.get(agreementsPath()));
		assertThat(agreements).hasSize(1);
		return agreements.get(0);
	}

	/**
	 * Long enough for a listener that would wrongly issue an agreement to have done so.
	 */
	private static void pause() {
		pause(1000);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private UUID agreementRevision() {
		return this.jdbc
			.sql("select revision_id from reviews where section_id = 'connection-agreement' and product_id = ? "
					+ "order by revision_number desc limit 1")
			.param(this.productId)
			.query(UUID.class)
			.single();
	}

	private UUID versionId() {
		return UUID.fromString(this.applications.split("/")[8]);
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
