package digital.onboarding.journeys;

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
 * An administrator reading, filtering and checking the audit trail in a browser, with
 * axe-core checking every page, and the same without JavaScript.
 */
@RunningServiceTest
class AuditTrailJourneyTests {

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
	void anAdministratorFiltersTheTrailAndChecksTheChainOnAccessiblePages() {
		takeJourney(browser.newPage(true), true);
	}

	@Test
	void theJourneyWorksWithoutJavaScript() {
		takeJourney(browser.newPage(false), false);
	}

	private void takeJourney(Page page, boolean checkAccessibility) {
		var email = People.uniqueEmail("admin");
		Journeys.createAccount(page, url(""), "Alan", "Turing", email);
		Administrators.appoint(this.jdbc, email);
		Journeys.signIn(page, url(""), email);

		page.navigate(url("/admin/staff"));
		page.getByRole(AriaRole.LINK, named("Audit trail")).click();
		assertThat(heading(page)).isEqualTo("Audit trail");
		assertThat(page.locator("table").textContent()).contains("account.signed-in");
		checkAccessibility(page, checkAccessibility);

		page.getByLabel("Organisation ID").fill("not-an-id");
		page.getByRole(AriaRole.BUTTON, named("Show events")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent())
			.contains("Enter an organisation ID in the correct format");
		assertThat(page.locator("table").count()).isZero();
		checkAccessibility(page, checkAccessibility);

		page.getByLabel("Organisation ID").fill("");
		page.getByLabel("Action starts with").fill("account.activated");
		page.getByRole(AriaRole.BUTTON, named("Show events")).click();
		// A form's result is read once its page has arrived, not while it is on its way.
		page.waitForURL("**action=account.activated**");
		assertThat(page.locator("tbody tr").allTextContents()).isNotEmpty()
			.allSatisfy(row -> assertThat(row).contains("account.activated"));
		assertThat(page.getByRole(AriaRole.LINK, named("Download as CSV")).getAttribute("href"))
			.isEqualTo("/admin/audit.csv?action=account.activated");
		checkAccessibility(page, checkAccessibility);

		page.getByRole(AriaRole.BUTTON, named("Check the chain")).click();
		assertThat(heading(page)).isEqualTo("The audit trail is intact");
		assertThat(page.locator("main").textContent())
			.containsPattern("The audit trail is intact: \\d+ events checked");
		checkAccessibility(page, checkAccessibility);
	}

	private static void checkAccessibility(Page page, boolean check) {
		if (check) {
			Browser.assertAccessible(page);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
