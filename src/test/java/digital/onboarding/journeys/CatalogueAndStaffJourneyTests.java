package digital.onboarding.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
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
 * The API catalogue as anyone browses it, and the staff pages as an administrator uses
 * them, in a real browser with axe-core checking every page.
 */
@RunningServiceTest
class CatalogueAndStaffJourneyTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void anyoneBrowsesTheCatalogueOnAccessiblePages() {
		var page = browser.newPage(true);
		page.navigate(url("/"));
		page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("API catalogue").setExact(true))
			.click();
		assertThat(heading(page)).isEqualTo("API catalogue");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("National Imaging Registry")).click();
		assertThat(heading(page)).isEqualTo("National Imaging Registry");
		assertThat(page.locator("main").textContent()).contains("Provider and consumer").contains("Beta");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("Preview the onboarding programme")).click();
		assertThat(heading(page)).isEqualTo("Onboarding programme");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Technical conformance for the National Imaging Registry")).click();
		assertThat(page.locator("main").textContent()).contains("This is a preview");
		assertThat(page.locator("main input, main textarea").first().isDisabled()).isTrue();
		Browser.assertAccessible(page);

		page.navigate(url("/apis/no-such-api"));
		assertThat(heading(page)).isEqualTo("Page not found");
	}

	@Test
	void anAdministratorGrantsAndWithdrawsARoleOnAccessiblePages() {
		var staffEmail = People.uniqueEmail("grace");
		var administratorEmail = People.uniqueEmail("admin");
		var page = browser.newPage(true);
		Journeys.createAccount(page, url(""), "Grace", "Hopper", staffEmail);
		Journeys.createAccount(page, url(""), "Alan", "Turing", administratorEmail);
		Administrators.appoint(this.jdbc, administratorEmail);
		Journeys.signIn(page, url(""), administratorEmail);

		page.navigate(url("/admin/staff"));
		assertThat(heading(page)).isEqualTo("Staff roles");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, named("Grant a role")).click();
		assertThat(heading(page)).isEqualTo("Grant a role");
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter the email address")
			.contains("Select an API")
			.contains("Select a role");
		Browser.assertAccessible(page);

		page.getByLabel("Email address").fill(staffEmail);
		page.getByLabel("API", new Page.GetByLabelOptions().setExact(true)).selectOption("national-imaging-registry");
		page.getByLabel("Reviewer").check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(heading(page)).isEqualTo("Staff roles");
		assertThat(page.locator("table").textContent()).contains("Grace Hopper")
			.contains("National Imaging Registry")
			.contains("Reviewer");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, named("Withdraw reviewer role for National Imaging Registry from Grace Hopper"))
			.click();
		assertThat(heading(page)).isEqualTo("Are you sure you want to withdraw this role?");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Withdraw role")).click();
		assertThat(heading(page)).isEqualTo("Staff roles");
		assertThat(page.locator("main").textContent()).contains("withdrawn from Grace Hopper");
		Browser.assertAccessible(page);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
