package digital.onboarding.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.access.AccessFixtures;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.commissioning.Parties;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.Agreements;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Members;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static digital.onboarding.support.Journeys.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journeys 9 and 10 end to end in a real browser, with axe-core on every page of the
 * access module: a certified NIR supplier with an active agreement is commissioned by a
 * trust with its HCID, gets integration access, is signed off, gets production access for
 * that trust after its go decision and its legal signatory's acceptance of the acceptable
 * use policy (recommended by one approver and granted by another), and appears live on
 * the public register.
 */
@RunningServiceTest
class EnvironmentJourneyTests {

	private static final String NIR = "national-imaging-registry";

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
	void fromCommissionToLiveOnTheRegister() {
		// The certificate, the accepted agreement and the approved legal stage are set up
		// below the pages; their own journeys cover them.
		var certified = Parties.Certified.make(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Live Imaging Ltd", "Live PACS");
		var supplierId = certified.supplier().organisationId;
		Agreements.active(this.jdbc, supplierId, certified.productId(), certified.versionId(), NIR);
		AccessFixtures.approved(this.jdbc, supplierId, certified.versionId(), NIR + ":legals");
		var trust = Parties.EndUser.register(this.mvc, "Lakeside NHS Trust");
		var supplierAdmin = People.activeAccount(this.mvc);
		Members.join(this.jdbc, supplierId, supplierAdmin, "ADMIN");

		var organisation = browser.newPage(true);
		Journeys.signIn(organisation, url(""), trust.ownerEmail());
		organisation.navigate(url("/organisations/" + trust.organisationId() + "/commissions/new"));
		organisation.getByLabel("Live PACS 4.2 from Live Imaging Ltd").check();
		organisation.getByLabel("Your Home Community ID (HCID)").fill("urn:oid:2.16.840.1.113883.2.1.4.21");
		organisation.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		organisation.waitForURL("**/commissions/*-*-*-*-*");
		var commissionPath = organisation.url().substring(organisation.url().indexOf("/commissions/"));

		var supplier = browser.newPage(true);
		Journeys.signIn(supplier, url(""), supplierAdmin);
		var product = "/organisations/" + supplierId + "/products/" + certified.productId();
		supplier.navigate(url("/organisations/" + supplierId + commissionPath));
		supplier.getByRole(AriaRole.BUTTON, named("Accept the commission")).click();
		supplier.getByText("You accepted the commission.").waitFor();

		supplier.navigate(url(product));
		supplier.getByRole(AriaRole.LINK, named("Sandbox, integration and production access for Live PACS")).click();
		supplier.waitForURL("**" + product + "/environments");
		assertThat(main(supplier)).contains("National Imaging Registry, version 4.2")
			.contains("a go decision from Lakeside NHS Trust");
		Browser.assertAccessible(supplier);
		supplier.getByRole(AriaRole.BUTTON, named("Ask for access to Integration for National Imaging Registry 4.2"))
			.click();
		supplier.getByText("is granted.").waitFor();
		assertThat(main(supplier)).containsPattern("Integration access NIR-INT-[A-Z2-9]{6} is granted\\.");
		Browser.assertAccessible(supplier);
		supplier
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Manage Integration access NIR-INT-")))
			.click();
		supplier.waitForURL("**" + product + "/environments/*-*-*-*-*");
		supplier.getByLabel("IP address or range").fill("192.168.10.0/24");
		supplier.getByRole(AriaRole.BUTTON, named("Add to allowlist")).click();
		assertThat(supplier.locator("#field-address-error").textContent()).contains("is a private address");
		Browser.assertAccessible(supplier);
		supplier.getByLabel("IP address or range").fill("81.2.69.0/28");
		supplier.getByRole(AriaRole.BUTTON, named("Add to allowlist")).click();
		supplier.getByText("81.2.69.0/28 is on the allowlist.").waitFor();
		Browser.assertAccessible(supplier);

		supplier.navigate(url("/organisations/" + supplierId + commissionPath));
		fillDate(supplier, "startedOn", "2", "11", "2026");
		fillDate(supplier, "endedOn", "3", "11", "2026");
		supplier.getByLabel("Passed", new Page.GetByLabelOptions().setExact(true)).check();
		supplier.getByRole(AriaRole.BUTTON, named("Save")).click();
		supplier.getByText("Test run recorded.").waitFor();

		organisation.reload();
		organisation.getByRole(AriaRole.BUTTON, named("Sign INT testing off")).click();
		organisation.getByText("You signed INT testing off.").waitFor();
		organisation.getByLabel("Go", new Page.GetByLabelOptions().setExact(true)).check();
		organisation.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		organisation.getByText("You recorded your decision.").waitFor();

		supplier.navigate(url(product + "/environments"));
		assertThat(main(supplier))
			.contains("Lakeside NHS Trust's acceptance of the acceptable use policy, by its legal signatory");
		var signatoryEmail = People.uniqueEmail("lakeside-signatory");
		trust.api()
			.post("/api/v1/organisations/" + trust.organisationId() + "/contacts",
					"{\"kind\":\"LEGAL_SIGNATORY\",\"name\":\"Rosalind Franklin\",\"jobTitle\":\"Chief Executive\","
							+ "\"email\":\"" + signatoryEmail + "\"}");
		organisation.navigate(url("/organisations/" + trust.organisationId() + "/acceptable-use-policy"));
		organisation.getByLabel("Rosalind Franklin, Chief Executive (" + signatoryEmail + ")").check();
		organisation.getByRole(AriaRole.BUTTON, named("Send the policy")).click();
		organisation.getByText("We sent the acceptable use policy to Rosalind Franklin").waitFor();
		var signatory = browser.newPage(true);
		signatory.navigate(url(Mailbox.awaitMessageTo(signatoryEmail, "Accept the acceptable use policy")
			.linkPath("/acceptable-use/")));
		signatory.getByLabel("Full name").fill("Rosalind Franklin");
		signatory.getByLabel("Role").fill("Chief Executive");
		signatory.getByLabel("I confirm that I have authority to accept this policy").check();
		signatory.getByRole(AriaRole.BUTTON, named("Accept policy")).click();
		signatory.getByText("Policy accepted").waitFor();

		supplier.navigate(url(product + "/environments"));
		supplier.getByRole(AriaRole.BUTTON, named("Ask for access to Production for National Imaging Registry 4.2"))
			.click();
		supplier.getByText("is requested.").waitFor();
		var reference = this.jdbc.sql("""
				select reference from environment_accesses where product_version_id = ? and environment = 'PRODUCTION'
				""").param(certified.versionId()).query(String.class).single();
		Browser.assertAccessible(supplier);

		var first = browser.newPage(true);
		Journeys.signIn(first, url(""), certified.supplier().approverEmail);
		first.navigate(url("/review"));
		first.getByRole(AriaRole.LINK, named("Production access requests for your APIs")).click();
		first.waitForURL("**/review/production-access");
		Browser.assertAccessible(first);
		first.getByRole(AriaRole.LINK, named(reference)).click();
		first.waitForURL("**/review/production-access/*-*-*-*-*");
		assertThat(main(first)).contains("Lakeside NHS Trust").contains("Met: everything the programme asks for");
		Browser.assertAccessible(first);
		first.getByRole(AriaRole.BUTTON, named("Recommend granting")).click();
		first.getByText("is recommended.").waitFor();
		assertThat(main(first)).contains("You recommended this access, so a different approver must grant it");
		Browser.assertAccessible(first);

		var secondEmail = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, secondEmail, NIR, "APPROVER");
		var second = browser.newPage(true);
		Journeys.signIn(second, url(""), secondEmail);
		second.navigate(first.url());
		second.getByRole(AriaRole.BUTTON, named("Grant production access")).click();
		second.getByText("is granted.").waitFor();
		Browser.assertAccessible(second);

		var visitor = browser.newPage(true);
		visitor.navigate(url("/register"));
		assertThat(main(visitor)).contains("Lakeside NHS Trust").contains("Live PACS 4.2");
		Browser.assertAccessible(visitor);
	}

	private static String main(Page page) {
		return page.locator("main").textContent();
	}

	private static void fillDate(Page page, String field, String day, String month, String year) {
		page.locator("[id='" + field + "']").fill(day);
		page.locator("[id='" + field + ".month']").fill(month);
		page.locator("[id='" + field + ".year']").fill(year);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
