package digital.onboarding.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.review.Decision;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static digital.onboarding.support.Journeys.heading;
import static digital.onboarding.support.Journeys.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 6 in a real browser with axe-core on every page of the review: a supplier using
 * the National Imaging Registry and NHS login submits the shared eligibility sections; a
 * reviewer who heard of it by email takes one on, comments and asks for changes; the
 * supplier, told by email, replies, changes the answer and resubmits; the reviewer sees
 * what changed and approves both sections, which lets stage 1 be submitted. Then NHS
 * login's four-eyes application is recommended by one person holding both roles, refused
 * to them for the decision, and approved by a second. The audit trail records each step,
 * in order, on an intact chain.
 */
@RunningServiceTest
class ReviewJourneyTests {

	private static final String ORGANISATION_DETAILS = "Check your eligibility – organisation details";

	private static final String PRODUCT_DETAILS = "Check your eligibility – product details";

	private static final String NHS_LOGIN_APPLICATION = "Your NHS login application";

	private static final String ORGANISATION_NAME_QUESTION = "What is the name of the organisation supplying the product or service covered by this application?";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReviewManagement reviews;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void submittedSectionsAreReturnedForChangesResubmittedAndApprovedWithFourEyesWhereTheProgrammeAsks() {
		var supplierEmail = People.uniqueEmail("mary");
		var reviewerEmail = People.uniqueEmail("grace");
		var bothRolesEmail = People.uniqueEmail("barbara");
		var approverEmail = People.uniqueEmail("dorothy");
		var setup = browser.newPage(true);
		Journeys.createAccount(setup, url(""), "Grace", "Hopper", reviewerEmail);
		Journeys.createAccount(setup, url(""), "Barbara", "Liskov", bothRolesEmail);
		Journeys.createAccount(setup, url(""), "Dorothy", "Vaughan", approverEmail);
		Staff.grant(this.jdbc, reviewerEmail, "national-imaging-registry", "REVIEWER");
		var bothRolesId = Staff.grant(this.jdbc, bothRolesEmail, "nhs-login", "REVIEWER");
		Staff.grant(this.jdbc, bothRolesEmail, "nhs-login", "APPROVER");
		Staff.grant(this.jdbc, approverEmail, "nhs-login", "APPROVER");
		setup.context().close();

		// 1. The supplier signs up, answers the eligibility sections through the API and
		// submits them on the pages.
		var supplier = browser.newPage(true);
		Journeys.createAccount(supplier, url(""), "Mary", "Somerville", supplierEmail);
		Journeys.signIn(supplier, url(""), supplierEmail);
		var ods = Organisations.uniqueOdsCode();
		supplier.getByLabel("Legal name").fill("Somerville Imaging Ltd");
		supplier.getByLabel("ODS code").fill(ods);
		supplier.getByLabel("Supplier (data processor)").check();
		supplier.getByRole(AriaRole.BUTTON, named("Continue")).click();
		var organisationId = URI.create(supplier.url()).getPath().split("/")[2];
		supplier.getByLabel("Product name").fill("Orrery Viewer");
		supplier.getByLabel("Version").fill("2.0");
		supplier.getByRole(AriaRole.BUTTON, named("Continue")).click();
		supplier.getByLabel("National Imaging Registry").check();
		supplier.getByLabel("NHS login").check();
		supplier.getByRole(AriaRole.BUTTON, named("Save and continue")).click();
		supplier.getByRole(AriaRole.LINK, named("Applications for version 2.0")).click();
		assertThat(heading(supplier)).isEqualTo("Applications");
		var applications = URI.create(supplier.url()).getPath();
		var versionId = applications.split("/")[6];

		var token = createToken(supplier, organisationId);
		var api = new JsonApi(url("/api/v1" + applications), token);
		api.put("/national-imaging-registry/sections/eligibility-organisation", """
				{"version":0,"answers":{"organisation-name":"Somerville Imaging","organisation-has-ods-code":"yes",
				 "organisation-ods-code":"%s","commissioner-ods-code-differs":"no",
				 "submitting-contact":{"name":"Mary Somerville","role":"Director","email":"%s"}}}""".formatted(ods,
				supplierEmail));
		api.put("/national-imaging-registry/sections/eligibility-product", """
				{"version":0,"answers":{"product-has-version":"yes","product-version":"2.0",
				 "product-architecture":"A web viewer with a gateway in each trust","product-hosting":"supplier-hosted",
				 "product-users":"staff","product-hscn":"yes","product-nhs-apis":["nir","nhs-login"],
				 "product-care-identity":"yes","product-use-case":"Clinicians and patients view images"}}""");

		supplier.navigate(url(applications));
		submitOnThePages(supplier, ORGANISATION_DETAILS);
		submitOnThePages(supplier, PRODUCT_DETAILS);
		assertThat(List.of(status(supplier, ORGANISATION_DETAILS), status(supplier, PRODUCT_DETAILS)))
			.containsOnly("Submitted");

		supplier.navigate(url(applications + "/national-imaging-registry/sections/setup/check"));
		assertThat(supplier.locator(".nhsuk-warning-callout").textContent())
			.as("stage 1 waits for the eligibility sections (R-eligibility-first)")
			.contains("You cannot submit this section yet")
			.contains("once the eligibility sections are approved");
		Browser.assertAccessible(supplier);

		// 2. The reviewer follows the emailed link, finds the revision in
		// the queue, takes it on, comments on a question and asks for
		// changes.
		var submitted = Mailbox.awaitMessageTo(reviewerEmail, "Submitted for review: " + ORGANISATION_DETAILS);
		assertThat(submitted.subject()).endsWith("from Somerville Imaging Ltd");
		var reviewer = browser.newPage(true);
		reviewer.navigate(url(submitted.linkPath("/review/revisions/")));
		Journeys.signIn(reviewer, url(""), reviewerEmail);
		assertThat(heading(reviewer)).as("signing in leads on to the emailed page").isEqualTo(ORGANISATION_DETAILS);
		Browser.assertAccessible(reviewer);

		assertThat(searchTheQueue(reviewer, ods)).contains(ORGANISATION_DETAILS)
			.contains(PRODUCT_DETAILS)
			.contains("Somerville Imaging Ltd (" + ods + ")")
			.contains("Orrery Viewer 2.0")
			.contains("No one");
		Browser.assertAccessible(reviewer);

		reviewer.getByRole(AriaRole.LINK, named(ORGANISATION_DETAILS)).click();
		reviewer.getByRole(AriaRole.BUTTON, named("Assign to me")).click();
		assertThat(banner(reviewer)).contains("This review is assigned to you");
		assertThat(reviewer.locator("main dl").first().textContent()).contains("Grace Hopper");
		Browser.assertAccessible(reviewer);

		reviewer.getByLabel("About").selectOption("organisation-name");
		reviewer.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
			.fill("Is this the organisation's full legal name?");
		reviewer.getByRole(AriaRole.BUTTON, named("Add comment")).click();
		assertThat(banner(reviewer)).contains("Your comment was added");
		Browser.assertAccessible(reviewer);

		reviewer.getByRole(AriaRole.BUTTON, named("Confirm decision")).click();
		assertThat(reviewer.locator(".nhsuk-error-summary").textContent()).as("a decision must be chosen")
			.contains("Choose a decision");
		Browser.assertAccessible(reviewer);
		reviewer.getByLabel("Request changes").check();
		reviewer.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
			.fill("Give the organisation's full legal name, as registered.");
		reviewer.getByRole(AriaRole.BUTTON, named("Confirm decision")).click();
		assertThat(banner(reviewer)).contains("Your decision was recorded");
		assertThat(reviewer.locator("main").textContent()).contains("Request changes: decided by Grace Hopper");
		Browser.assertAccessible(reviewer);

		// 3. The supplier hears of the comment and the decision, replies, changes the
		// answer and resubmits.
		var comment = Mailbox.awaitMessageTo(supplierEmail, "New comment on " + ORGANISATION_DETAILS);
		var returned = Mailbox.awaitMessageTo(supplierEmail, ORGANISATION_DETAILS + " was returned for changes");
		assertThat(returned.body()).contains("Give the organisation's full legal name");
		var sectionPath = returned.linkPath("/sections/eligibility-organisation");
		assertThat(comment.linkPath("/sections/eligibility-organisation")).isEqualTo(sectionPath);
		supplier.navigate(url(sectionPath));
		assertThat(heading(supplier)).isEqualTo(ORGANISATION_DETAILS);
		var main = supplier.locator("main").textContent();
		assertThat(main).contains("Changes requested")
			.contains("Give the organisation's full legal name, as registered.")
			.contains("Comments from the review team")
			.contains("Is this the organisation's full legal name?");
		Browser.assertAccessible(supplier);

		// Each reply field and button names its thread, as a page may hold several.
		supplier.getByLabel("Your reply about " + ORGANISATION_NAME_QUESTION)
			.fill("It is Somerville Imaging Ltd; we have corrected it.");
		supplier.getByRole(AriaRole.BUTTON, named("Reply about " + ORGANISATION_NAME_QUESTION)).click();
		assertThat(banner(supplier)).contains("Your reply was sent to the review team");
		assertThat(supplier.locator("main").textContent()).contains("we have corrected it");
		Browser.assertAccessible(supplier);

		supplier.getByLabel("Q1 " + ORGANISATION_NAME_QUESTION, new Page.GetByLabelOptions().setExact(true))
			.fill("Somerville Imaging Ltd");
		supplier.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(banner(supplier)).contains("Your answers were saved");
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(heading(supplier)).isEqualTo("Check your answers");
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		assertThat(banner(supplier)).contains(ORGANISATION_DETAILS + " was submitted for review again");
		Browser.assertAccessible(supplier);

		// 4. The reviewer sees what changed in revision 2 and approves both sections.
		var reply = Mailbox.awaitMessageTo(reviewerEmail,
				"Reply from Somerville Imaging Ltd on " + ORGANISATION_DETAILS);
		var resubmitted = Mailbox.awaitMessageTo(reviewerEmail, "Resubmitted for review: " + ORGANISATION_DETAILS);
		var secondRevision = resubmitted.linkPath("/review/revisions/");
		assertThat(reply.linkPath("/review/revisions/")).as("the reply links to the revision it was about")
			.isEqualTo(submitted.linkPath("/review/revisions/"));
		reviewer.navigate(url(secondRevision));
		assertThat(reviewer.locator("main").textContent()).contains("2, submitted")
			.contains("It is Somerville Imaging Ltd; we have corrected it.");
		assertThat(reviewer.getByRole(AriaRole.HEADING, named("Changes since revision 1")).isVisible()).isTrue();
		var change = reviewer.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions()
				.setHas(reviewer.getByRole(AriaRole.ROWHEADER, named(ORGANISATION_NAME_QUESTION))));
		assertThat(change.getByRole(AriaRole.CELL).allTextContents()).extracting(String::strip)
			.containsExactly("Somerville Imaging", "Somerville Imaging Ltd");
		assertThat(reviewer.locator("main dl").first().textContent()).as("back to the same reviewer")
			.contains("Grace Hopper");
		Browser.assertAccessible(reviewer);
		approve(reviewer);

		searchTheQueue(reviewer, ods);
		reviewer.getByRole(AriaRole.LINK, named(PRODUCT_DETAILS)).click();
		assertThat(heading(reviewer)).isEqualTo(PRODUCT_DETAILS);
		Browser.assertAccessible(reviewer);
		approve(reviewer);

		Mailbox.awaitMessageTo(supplierEmail, ORGANISATION_DETAILS + " was approved");
		Mailbox.awaitMessageTo(supplierEmail, PRODUCT_DETAILS + " was approved");
		supplier.navigate(url(applications));
		assertThat(List.of(status(supplier, ORGANISATION_DETAILS), status(supplier, PRODUCT_DETAILS)))
			.containsOnly("Approved");
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.LINK, named("Set-up and preparation for the National Imaging Registry")).click();
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(heading(supplier)).isEqualTo("Check your answers");
		assertThat(supplier.locator("main").textContent()).as("the eligibility gate is open")
			.doesNotContain("You cannot submit this section yet")
			.doesNotContain("eligibility sections are approved")
			.contains("Answer every question before submitting");
		Browser.assertAccessible(supplier);

		// NHS login's own eligibility section comes first too; it is answered through the
		// API and approved here, as this journey is about the application after it.
		api.put("/nhs-login/sections/nhs-login-eligibility",
				"{\"version\":0,\"answers\":" + EligibilityAnswers.nhsLogin() + "}");
		api.post("/nhs-login/sections/nhs-login-eligibility/submission", "{\"version\":1}");
		var eligibility = this.jdbc.sql("""
				select r.id from section_revisions r join section_responses s on s.id = r.section_response_id
				where s.product_version_id = ?::uuid and s.section_key = 'nhs-login:nhs-login-eligibility'
				order by r.number desc limit 1
				""").param(versionId).query(UUID.class).single();
		this.reviews.decide(bothRolesId, eligibility,
				this.jdbc.sql("select version from reviews where revision_id = ?")
					.param(eligibility)
					.query(Integer.class)
					.single(),
				Decision.APPROVE, null);

		// 5. NHS login's application needs four eyes: one person recommends, another
		// decides.
		supplier.navigate(url(applications));
		supplier.getByRole(AriaRole.LINK, named(NHS_LOGIN_APPLICATION)).click();
		Browser.assertAccessible(supplier);
		supplier.getByLabel("Describe your product and the people who will use it")
			.fill("A patient app showing people their own imaging reports.");
		supplier.getByLabel("Why does your product need NHS login?")
			.fill("Patients must prove who they are before they see their reports.");
		submitFromTheSection(supplier);
		assertThat(banner(supplier)).contains(NHS_LOGIN_APPLICATION + " was submitted for review");

		var application = Mailbox.awaitMessageTo(bothRolesEmail, "Submitted for review: " + NHS_LOGIN_APPLICATION);
		var bothRoles = browser.newPage(true);
		bothRoles.navigate(url(application.linkPath("/review/revisions/")));
		Journeys.signIn(bothRoles, url(""), bothRolesEmail);
		assertThat(heading(bothRoles)).isEqualTo(NHS_LOGIN_APPLICATION);
		assertThat(bothRoles.locator("main").textContent()).contains("Four eyes")
			.contains("A patient app showing people their own imaging reports.");
		assertThat(bothRoles.getByRole(AriaRole.BUTTON, named("Confirm decision")).count())
			.as("a reviewer recommends first")
			.isZero();
		Browser.assertAccessible(bothRoles);
		assertThat(bothRoles.locator("#reason-hint").textContent()).as("a recommendation is for the approver")
			.contains("The approver who decides sees it; the applicant does not.");
		bothRoles.getByLabel("Approve").check();
		bothRoles.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
			.fill("Meets the five eligibility criteria.");
		bothRoles.getByRole(AriaRole.BUTTON, named("Recommend")).click();
		assertThat(banner(bothRoles)).contains("Your recommendation was recorded; an approver decides next");
		assertThat(bothRoles.locator("main").textContent()).contains("Recommended by Barbara Liskov: Approve")
			.contains("You recommended this decision, so a different approver must take it (four eyes)");
		assertThat(bothRoles.getByRole(AriaRole.BUTTON, named("Confirm decision")).count())
			.as("no decision form for the recommender, though they are an approver")
			.isZero();
		assertThat(bothRoles.getByRole(AriaRole.BUTTON, named("Recommend")).count()).isZero();
		Browser.assertAccessible(bothRoles);

		var awaiting = Mailbox.awaitMessageTo(approverEmail, "Awaiting your approval: " + NHS_LOGIN_APPLICATION);
		assertThat(Mailbox.messagesTo(bothRolesEmail)).as("the recommender is not asked to approve")
			.noneMatch(message -> message.subject().startsWith("Awaiting your approval"));
		var approver = browser.newPage(true);
		approver.navigate(url(awaiting.linkPath("/review/revisions/")));
		Journeys.signIn(approver, url(""), approverEmail);
		assertThat(approver.locator("main").textContent()).contains("Recommended by Barbara Liskov: Approve")
			.contains("Meets the five eligibility criteria.");
		Browser.assertAccessible(approver);
		approve(approver);
		assertThat(approver.locator("main").textContent()).contains("Approve: decided by Dorothy Vaughan");

		var approved = Mailbox.awaitMessageTo(supplierEmail, NHS_LOGIN_APPLICATION + " was approved");
		supplier.navigate(url(approved.linkPath("/sections/application")));
		assertThat(heading(supplier)).isEqualTo(NHS_LOGIN_APPLICATION);
		assertThat(supplier.locator("main .nhsuk-tag").first().textContent()).isEqualTo("Approved");
		Browser.assertAccessible(supplier);

		// 6. Every step is in the audit trail, in order, and the chain is intact.
		var steps = this.jdbc.sql("""
				select e.action || ' by ' || a.first_name from audit_events e join accounts a on a.id = e.actor_id
				where e.object_id = ? order by e.seq
				""").param(versionId).query(String.class).list();
		// Choosing the APIs opens their applications. The first two saves are
		// the API's. Submit for review saves the form on its way to the check
		// page, so each submission on the pages follows a save, as does the
		// look at set-up's check page. NHS login's eligibility section is
		// submitted and approved before its application.
		assertThat(steps).containsExactly("application.opened by Mary", "application.opened by Mary",
				"product.apis-chosen by Mary", "section.saved by Mary", "section.saved by Mary",
				"section.saved by Mary", "section.submitted by Mary", "section.saved by Mary",
				"section.submitted by Mary", "review.assigned by Grace", "comment.added by Grace",
				"section.returned-for-changes by Grace", "comment.added by Mary", "section.saved by Mary",
				"section.saved by Mary", "section.submitted by Mary", "section.approved by Grace",
				"section.approved by Grace", "section.saved by Mary", "section.saved by Mary",
				"section.submitted by Mary", "section.approved by Barbara", "section.saved by Mary",
				"section.submitted by Mary", "review.recommended by Barbara", "section.approved by Dorothy");
		assertThat(this.audit.verify().isIntact()).isTrue();
	}

	/**
	 * Opens a section from the task list, then Submit for review and Confirm and submit.
	 */
	private static void submitOnThePages(Page page, String section) {
		page.getByRole(AriaRole.LINK, named(section)).click();
		assertThat(heading(page)).isEqualTo(section);
		Browser.assertAccessible(page);
		submitFromTheSection(page);
		assertThat(banner(page)).contains(section + " was submitted for review");
		Browser.assertAccessible(page);
	}

	private static void submitFromTheSection(Page page) {
		page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(heading(page)).isEqualTo("Check your answers");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		assertThat(heading(page)).isEqualTo("Applications");
	}

	private static void approve(Page page) {
		page.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, named("Confirm decision")).click();
		assertThat(banner(page)).contains("Your decision was recorded; the organisation has been told");
		Browser.assertAccessible(page);
	}

	/**
	 * Creates a personal access token on the tokens page and reads the secret shown once.
	 */
	private String createToken(Page page, String organisationId) {
		page.navigate(url("/organisations/" + organisationId + "/tokens"));
		assertThat(heading(page)).isEqualTo("API access tokens");
		Browser.assertAccessible(page);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey test");
		page.getByLabel("30 days").check();
		page.getByRole(AriaRole.BUTTON, named("Create token")).click();
		assertThat(heading(page)).isEqualTo("Your new access token");
		Browser.assertAccessible(page);
		return page.locator("#token").textContent().strip();
	}

	/**
	 * Opens the queue from the header's link (not the back link of the same name) and
	 * searches it for one organisation, since other tests' submissions share it; returns
	 * the table's text.
	 */
	private static String searchTheQueue(Page page, String odsCode) {
		page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reviews").setExact(true))
			.click();
		assertThat(heading(page)).isEqualTo("Reviews");
		page.getByLabel("Organisation name, ODS code or product").fill(odsCode);
		page.getByRole(AriaRole.BUTTON, named("Apply filters")).click();
		return page.getByRole(AriaRole.TABLE).textContent();
	}

	/** The status shown beside a section on the task list. */
	private static String status(Page page, String section) {
		return page.locator(".nhsuk-task-list__item")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK, named(section))))
			.locator(".nhsuk-task-list__status")
			.textContent()
			.strip();
	}

	private static String banner(Page page) {
		return page.locator(".nhsuk-notification-banner").textContent();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A program using the JSON API with the supplier's token, as a release pipeline
	 * would.
	 */
	private record JsonApi(String base, String token) {

		private static final HttpClient HTTP = HttpClient.newHttpClient();

		void put(String path, String json) {
			send("PUT", path, json);
		}

		void post(String path, String json) {
			send("POST", path, json);
		}

		private void send(String method, String path, String json) {
			var request = HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json))
				.build();
			try {
				var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
