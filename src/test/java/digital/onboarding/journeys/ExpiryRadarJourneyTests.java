package digital.onboarding.journeys;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Organisations;
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
 * The DSPT details, the evidence list and the expiry radar in a real browser, with axe on
 * every page: an owner records the organisation's DSPT, finds it on the radar, and an
 * administrator sees it on the staff radar.
 */
@RunningServiceTest
class ExpiryRadarJourneyTests {

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
	void anOwnerRecordsTheDsptAndFindsItOnTheRadar() {
		var ownerEmail = People.uniqueEmail("florence");
		var page = browser.newPage(true);
		Journeys.createAccount(page, url(""), "Florence", "Nightingale", ownerEmail);
		Journeys.signIn(page, url(""), ownerEmail);
		page.getByLabel("Legal name").fill("Lamp Imaging Ltd");
		page.getByLabel("ODS code").fill(Organisations.uniqueOdsCode());
		page.getByLabel("Supplier (data processor)").check();
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();
		page.waitForURL("**/products/new");
		var organisation = page.url().split("/organisations/")[1].split("/")[0];

		page.navigate(url("/organisations/" + organisation));
		assertThat(page.locator("#dspt").textContent()).contains("Not given yet");
		page.getByRole(AriaRole.LINK, named("Change DSPT status")).click();
		page.waitForURL("**/dspt");
		assertThat(heading(page)).isEqualTo("Data Security and Protection Toolkit");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		page.waitForURL("**/dspt");
		assertThat(page.locator(".nhsuk-error-summary").textContent())
			.contains("Select your organisation's DSPT status")
			.contains("Enter the date your DSPT status was published");
		Browser.assertAccessible(page);
		var published = LocalDate.now(ZoneId.of("Europe/London")).minusDays(300);
		page.getByLabel("Standards Met").check();
		page.getByLabel("Day").fill("" + published.getDayOfMonth());
		page.getByLabel("Month").fill("" + published.getMonthValue());
		page.getByLabel("Year").fill("" + published.getYear());
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		page.waitForURL("**/organisations/" + organisation);
		assertThat(page.locator("#dspt").textContent()).contains("Standards Met, published");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("What expires and when")).click();
		page.waitForURL("**/expiries");
		assertThat(heading(page)).isEqualTo("What expires and when");
		assertThat(page.locator("#expiries").textContent()).contains("DSPT Standards Met").contains("90 days or less");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Technical conformance certificate")).click();
		page.waitForURL("**kind=certificate");
		assertThat(page.locator("#nothing").textContent()).contains("Nothing with an end date");
		Browser.assertAccessible(page);

		page.navigate(url("/organisations/" + organisation + "/evidence"));
		assertThat(heading(page)).isEqualTo("Evidence files");
		Browser.assertAccessible(page);

		var administratorEmail = People.uniqueEmail("ada");
		var staff = browser.newPage(true);
		Journeys.createAccount(staff, url(""), "Ada", "Lovelace", administratorEmail);
		Administrators.appoint(this.jdbc, administratorEmail);
		Journeys.signIn(staff, url(""), administratorEmail);
		staff.navigate(url("/review/expiries?kind=dspt"));
		assertThat(heading(staff)).isEqualTo("What expires and when");
		assertThat(staff.locator("#expiries").textContent()).contains("Lamp Imaging Ltd");
		Browser.assertAccessible(staff);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
