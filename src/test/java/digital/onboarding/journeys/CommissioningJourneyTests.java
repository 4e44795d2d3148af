package digital.onboarding.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.commissioning.Parties;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Members;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static digital.onboarding.support.Journeys.heading;
import static digital.onboarding.support.Journeys.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 10 in a real browser with axe-core on every page: an end user organisation
 * commissions a certified NIR product version (its HCID refused once, then accepted), the
 * supplier accepts and records a passed INT test run with its report, and the
 * organisation signs INT off and decides go.
 */
@RunningServiceTest
class CommissioningJourneyTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	Catalogue catalogue;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void anEndUserOrganisationCommissionsTestsAndDecidesGo() {
		// The supplier's certificate and both organisations are set up below the pages;
		// certification has its own journey.
		var certified = Parties.Certified.make(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Journey Imaging Ltd", "Journey PACS");
		var trust = Parties.EndUser.register(this.mvc, "Journey Valley NHS Trust");
		var supplierAdmin = People.activeAccount(this.mvc);
		Members.join(this.jdbc, certified.supplier().organisationId, supplierAdmin, "ADMIN");

		var organisation = browser.newPage(true);
		Journeys.signIn(organisation, url(""), trust.ownerEmail());
		organisation.navigate(url("/organisations/" + trust.organisationId()));
		organisation.getByRole(AriaRole.LINK, named("Commissions")).click();
		organisation.waitForURL("**/organisations/" + trust.organisationId() + "/commissions");
		Browser.assertAccessible(organisation);
		organisation.getByRole(AriaRole.LINK, named("Commission a product")).click();
		organisation.waitForURL("**/commissions/new");
		assertThat(heading(organisation)).isEqualTo("Commission a product");
		Browser.assertAccessible(organisation);
		organisation.getByLabel("Journey PACS 4.2 from Journey Imaging Ltd").check();
		organisation.getByLabel("Your Home Community ID (HCID)").fill("urn:oid:2.16.0840.1.113883");
		organisation.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		assertThat(organisation.locator(".nhsuk-error-summary").textContent())
			.contains("An arc of the OID must not start with 0, as 0840 does");
		assertThat(organisation.locator("#hcid-error").textContent()).contains("must not start with 0");
		Browser.assertAccessible(organisation);
		organisation.getByLabel("Your Home Community ID (HCID)").fill("urn:oid:2.16.840.1.113883.2.1.4.12");
		organisation.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		organisation.waitForURL("**/commissions/*-*-*-*-*");
		assertThat(organisation.locator("main").textContent()).contains("Waiting for the supplier")
			.contains("urn:oid:2.16.840.1.113883.2.1.4.12");
		Browser.assertAccessible(organisation);
		var commissionPath = organisation.url().substring(organisation.url().indexOf("/commissions/"));

		var supplier = browser.newPage(true);
		Journeys.signIn(supplier, url(""), supplierAdmin);
		supplier.navigate(
				url("/organisations/" + certified.supplier().organisationId + "/products/" + certified.productId()));
		supplier.getByRole(AriaRole.LINK, named("Who commissioned this product (Journey PACS)")).click();
		supplier.waitForURL("**/products/" + certified.productId() + "/commissions");
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.LINK, named("Journey Valley NHS Trust (" + odsCode(trust) + ")")).click();
		supplier.waitForURL("**" + commissionPath);
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.BUTTON, named("Accept the commission")).click();
		supplier.getByText("You accepted the commission.").waitFor();
		Browser.assertAccessible(supplier);
		fillDate(supplier, "startedOn", "2", "11", "2026");
		fillDate(supplier, "endedOn", "3", "11", "2026");
		supplier.getByLabel("Passed", new Page.GetByLabelOptions().setExact(true)).check();
		supplier.getByLabel("Evidence file (optional)")
			.setInputFiles(new FilePayload("int-report.pdf", "application/pdf", Samples.pdf()));
		supplier.getByLabel("Notes (optional)").fill("Queries and retrievals against the INT registry");
		supplier.getByRole(AriaRole.BUTTON, named("Save")).click();
		supplier.getByText("Test run recorded.").waitFor();
		assertThat(supplier.locator("main table").textContent()).contains("Passed").contains("int-report.pdf");
		Browser.assertAccessible(supplier);

		organisation.reload();
		assertThat(organisation.locator("main").textContent()).contains("INT testing");
		organisation.getByRole(AriaRole.BUTTON, named("Sign INT testing off")).click();
		organisation.getByText("You signed INT testing off.").waitFor();
		Browser.assertAccessible(organisation);
		organisation.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		assertThat(organisation.locator(".nhsuk-error-summary").textContent()).contains("Select go or no-go");
		Browser.assertAccessible(organisation);
		organisation.getByLabel("Go", new Page.GetByLabelOptions().setExact(true)).check();
		organisation.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		organisation.getByText("You recorded your decision.").waitFor();
		assertThat(organisation.locator("main dl").textContent()).contains("Go decided");
		assertThat(organisation.locator("#next-action").textContent()).contains("Production access");
		Browser.assertAccessible(organisation);
	}

	private static void fillDate(Page page, String field, String day, String month, String year) {
		page.locator("[id='" + field + "']").fill(day);
		page.locator("[id='" + field + ".month']").fill(month);
		page.locator("[id='" + field + ".year']").fill(year);
	}

	private String odsCode(Parties.EndUser trust) {
		return this.jdbc.sql("select ods_code from organisations where id = ?")
			.param(trust.organisationId())
			.query(String.class)
			.single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
