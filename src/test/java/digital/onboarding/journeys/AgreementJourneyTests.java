package digital.onboarding.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.review.Decision;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.Administrators;
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
 * Journey 8 in a real browser with axe-core on every page: an NHS login application is
 * approved but for its connection agreement; the legal signatory, who has no account,
 * follows the emailed link, is told what is missing, then accepts; the supplier sees the
 * section approved and the agreement active. An administrator then publishes a new
 * version: the signatory is asked to accept it and the supplier sees a re-acceptance due.
 */
@RunningServiceTest
class AgreementJourneyTests {

	private static final String AGREEMENT_SECTION = "Approved connection agreement";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void theSignatoryAcceptsTheIssuedAgreementThroughTheEmailedLinkAndTheSectionIsApproved() {
		var supplierEmail = People.uniqueEmail("ada");
		var reviewerEmail = People.uniqueEmail("grace");
		var approverEmail = People.uniqueEmail("dorothy");
		var signatoryEmail = People.uniqueEmail("board");
		var administratorEmail = People.uniqueEmail("radia");
		var setup = browser.newPage(true);
		Journeys.createAccount(setup, url(""), "Radia", "Perlman", administratorEmail);
		Administrators.appoint(this.jdbc, administratorEmail);
		Journeys.createAccount(setup, url(""), "Grace", "Hopper", reviewerEmail);
		Journeys.createAccount(setup, url(""), "Dorothy", "Vaughan", approverEmail);
		var reviewer = Staff.grant(this.jdbc, reviewerEmail, "nhs-login", "REVIEWER");
		var approver = Staff.grant(this.jdbc, approverEmail, "nhs-login", "APPROVER");
		setup.context().close();

		// 1. The supplier registers its organisation and a product using NHS login, and
		// answers every section through the API; staff approve all but the agreement.
		var supplier = browser.newPage(true);
		Journeys.createAccount(supplier, url(""), "Ada", "Lovelace", supplierEmail);
		Journeys.signIn(supplier, url(""), supplierEmail);
		supplier.getByLabel("Legal name").fill("Analytical Apps Ltd");
		supplier.getByLabel("ODS code").fill(Organisations.uniqueOdsCode());
		supplier.getByLabel("Supplier (data processor)").check();
		supplier.getByRole(AriaRole.BUTTON, named("Continue")).click();
		var organisationId = URI.create(supplier.url()).getPath().split("/")[2];
		supplier.getByLabel("Product name").fill("Engine Patient App");
		supplier.getByLabel("Version").fill("1.0");
		supplier.getByRole(AriaRole.BUTTON, named("Continue")).click();
		supplier.getByLabel("NHS login").check();
		supplier.getByRole(AriaRole.BUTTON, named("Save and continue")).click();
		supplier.getByRole(AriaRole.LINK, named("Applications for version 1.0")).click();
		var applications = URI.create(supplier.url()).getPath();
		var productPath = applications.substring(0, applications.indexOf("/versions/"));
		var versionId = UUID.fromString(applications.split("/")[6]);

		var api = new JsonApi(url("/api/v1" + applications + "/nhs-login/sections/"),
				createToken(supplier, organisationId));
		approve(reviewer, api.submit(this.jdbc, versionId, "eligibility-organisation",
				EligibilityAnswers.organisation("Analytical Apps Ltd")));
		approve(reviewer, api.submit(this.jdbc, versionId, "eligibility-product", EligibilityAnswers.product("1.0")));
		approve(reviewer, api.submit(this.jdbc, versionId, "nhs-login-eligibility", EligibilityAnswers.nhsLogin()));
		approve(reviewer, api.submit(this.jdbc, versionId, "review-call", "{\"review-call-date\":\"2026-12-01\"}"));
		var application = api.submit(this.jdbc, versionId, "application",
				"{\"product-overview\":\"A patient app\",\"why-nhs-login\":\"Patients sign in\"}");
		this.reviews.recommend(reviewer, application, version(application), Decision.APPROVE, null);
		this.reviews.decide(approver, application, version(application), Decision.APPROVE, null);
		api.submit(this.jdbc, versionId, "connection-agreement", """
				{"legal-signatory":{"name":"Charles Babbage","role":"Chief Executive","email":"%s"},
				 "agreement-accepted":"no"}""".formatted(signatoryEmail));

		// 2. The signatory, who has no account, follows the emailed link.
		var email = Mailbox.awaitMessageTo(signatoryEmail, "Accept connection agreement");
		var reference = email.subject().substring(email.subject().lastIndexOf(' ') + 1);
		assertThat(reference).matches("CNTR[0-9]{7}");
		var signatory = browser.newPage(true);
		signatory.navigate(url(email.linkPath("/agreements/")));
		assertThat(heading(signatory)).isEqualTo("Accept the connection agreement");
		assertThat(signatory.locator("main").textContent()).contains(reference, "Engine Patient App",
				"Terms for NHS login");
		Browser.assertAccessible(signatory);

		signatory.getByRole(AriaRole.BUTTON, named("Accept agreement")).click();
		assertThat(signatory.locator(".nhsuk-error-summary").textContent()).contains("Enter your full name")
			.contains("Enter your role")
			.contains("Confirm that you may accept this agreement for your organisation");
		Browser.assertAccessible(signatory);

		signatory.getByLabel("Full name").fill("Charles Babbage");
		signatory.getByLabel("Role").fill("Chief Executive");
		signatory.getByLabel("I confirm that I have authority").check();
		signatory.getByRole(AriaRole.BUTTON, named("Accept agreement")).click();
		assertThat(heading(signatory)).isEqualTo("Agreement accepted");
		assertThat(signatory.locator("main").textContent()).contains(reference);
		Browser.assertAccessible(signatory);

		// 3. The supplier sees the section approved and the agreement active.
		supplier.navigate(url(applications));
		assertThat(status(supplier, AGREEMENT_SECTION)).isEqualTo("Approved");
		Browser.assertAccessible(supplier);
		supplier.navigate(url(productPath));
		supplier.getByRole(AriaRole.LINK, named("Connection agreements for Engine Patient App")).click();
		assertThat(heading(supplier)).isEqualTo("Connection agreements");
		assertThat(supplier.locator("main").textContent()).contains(reference, "Active", "Charles Babbage");
		Browser.assertAccessible(supplier);

		// 4. An administrator publishes a new version; the signatory is asked to accept
		// it, and the supplier sees that a re-acceptance is due.
		var administrator = browser.newPage(true);
		Journeys.signIn(administrator, url(""), administratorEmail);
		administrator.navigate(url("/admin/agreements"));
		assertThat(heading(administrator)).isEqualTo("Connection agreement texts");
		Browser.assertAccessible(administrator);
		administrator.getByRole(AriaRole.BUTTON, named("Publish a new version")).click();
		assertThat(heading(administrator)).isEqualTo("Publish a new version of the connection agreement");
		Browser.assertAccessible(administrator);
		var core = administrator.getByLabel("Core clauses");
		core.fill(core.inputValue() + "\n\n7. Suppliers keep a record of every connection.");
		administrator.getByRole(AriaRole.BUTTON, named("Publish")).click();
		assertThat(heading(administrator)).isEqualTo("Connection agreement texts");
		assertThat(administrator.locator("main").textContent()).contains("published");
		Browser.assertAccessible(administrator);

		var again = Mailbox.awaitMessageTo(signatoryEmail, "Accept the new version of your connection agreement");
		supplier.navigate(url(productPath));
		assertThat(supplier.locator(".nhsuk-warning-callout").textContent()).contains("Re-acceptance due");
		Browser.assertAccessible(supplier);
		signatory.navigate(url(again.linkPath("/agreements/")));
		assertThat(signatory.locator("main").textContent()).contains("A new version of the connection agreement",
				"7. Suppliers keep a record of every connection.");
		Browser.assertAccessible(signatory);
	}

	private void approve(UUID reviewer, UUID revision) {
		this.reviews.decide(reviewer, revision, version(revision), Decision.APPROVE, null);
	}

	private int version(UUID revision) {
		return this.jdbc.sql("select version from reviews where revision_id = ?")
			.param(revision)
			.query(Integer.class)
			.single();
	}

	private String createToken(Page page, String organisationId) {
		page.navigate(url("/organisations/" + organisationId + "/tokens"));
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Journey test");
		page.getByLabel("30 days").check();
		page.getByRole(AriaRole.BUTTON, named("Create token")).click();
		return page.locator("#token").textContent().strip();
	}

	private static String status(Page page, String section) {
		return page.locator(".nhsuk-task-list__item")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK, named(section))))
			.locator(".nhsuk-task-list__status")
			.textContent()
			.strip();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The supplier's program answering and submitting sections with its token. */
	private record JsonApi(String base, String token) {

		private static final HttpClient HTTP = HttpClient.newHttpClient();

		/** Saves and submits a section; returns the revision submitted. */
		UUID submit(JdbcClient jdbc, UUID versionId, String sectionId, String answers) {
			send("PUT", sectionId, "{\"version\":0,\"answers\":" + answers + "}");
			send("POST", sectionId + "/submission", "{\"version\":1}");
			return jdbc.sql("""
					select r.id from section_revisions r join section_responses s on s.id = r.section_response_id
					where s.product_version_id = ? and s.section_key in (?, ?) order by r.number desc limit 1
					""").params(versionId, sectionId, "nhs-login:" + sectionId).query(UUID.class).single();
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
