package digital.onboarding.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static digital.onboarding.support.Journeys.heading;
import static digital.onboarding.support.Journeys.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 in a real browser with axe-core on every page: after first sign-in a person
 * registers their organisation and first product, chooses the APIs it will use, and
 * invites a colleague, who joins from the emailed link.
 */
@RunningServiceTest
class OrganisationJourneyTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void aNewSupplierRegistersItsProductChoosesApisAndInvitesAColleague() {
		var ownerEmail = People.uniqueEmail("mary");
		var colleagueEmail = People.uniqueEmail("edsger");
		var colleague = browser.newPage(true);
		Journeys.createAccount(colleague, url(""), "Edsger", "Dijkstra", colleagueEmail);
		var page = browser.newPage(true);
		Journeys.createAccount(page, url(""), "Mary", "Seacole", ownerEmail);
		Journeys.signIn(page, url(""), ownerEmail);

		assertThat(heading(page)).isEqualTo("Register your organisation");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter your organisation's legal name")
			.contains("Select what kind of organisation it is");
		Browser.assertAccessible(page);
		page.getByLabel("Legal name").fill("Seacole Systems Ltd");
		page.getByLabel("ODS code").fill(Organisations.uniqueOdsCode().toLowerCase());
		page.getByLabel("Supplier (data processor)").check();
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();

		assertThat(heading(page)).isEqualTo("Add your first product");
		Browser.assertAccessible(page);
		page.getByLabel("Product name").fill("Lantern PACS");
		page.getByLabel("Version").fill("two");
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter a version like 2.1");
		Browser.assertAccessible(page);
		page.getByLabel("Version").fill("2.1.3");
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();

		assertThat(heading(page)).isEqualTo("APIs to be used");
		Browser.assertAccessible(page);
		var choices = page.locator(".nhsuk-checkboxes__label").allTextContents();
		assertThat(choices).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("National Imaging Registry");
		page.getByLabel("National Record Locator", new Page.GetByLabelOptions().setExact(false)).check();
		page.getByLabel("National Imaging Registry").check();
		page.getByRole(AriaRole.BUTTON, named("Save and continue")).click();

		assertThat(heading(page)).isEqualTo("Lantern PACS");
		var versions = page.locator("main").textContent();
		assertThat(versions).contains("2.1").contains("2.1.3");
		assertThat(versions.indexOf("National Imaging Registry")).isNotNegative()
			.isLessThan(versions.indexOf("National Record Locator"));
		assertThat(page.locator("header").textContent()).contains("Seacole Systems Ltd");
		Browser.assertAccessible(page);

		page.locator("header")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Seacole Systems Ltd").setExact(true))
			.click();
		page.getByRole(AriaRole.LINK, named("Members")).click();
		assertThat(heading(page)).isEqualTo("Members");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Invite a member")).click();
		assertThat(heading(page)).isEqualTo("Invite a member");
		page.getByLabel("Email address").fill(colleagueEmail);
		page.getByLabel("Admin").check();
		page.getByRole(AriaRole.BUTTON, named("Send invitation")).click();
		assertThat(page.locator(".nhsuk-notification-banner").textContent())
			.contains("Invitation sent to " + colleagueEmail);
		Browser.assertAccessible(page);

		var link = Mailbox.awaitMessagesTo(colleagueEmail, 2).get(1).linkPath("/invitations/");
		colleague.navigate(url(link));
		assertThat(heading(colleague)).isEqualTo("Join Seacole Systems Ltd");
		Browser.assertAccessible(colleague);
		colleague.getByRole(AriaRole.BUTTON, named("Sign in to accept")).click();
		Journeys.signIn(colleague, url(""), colleagueEmail);
		assertThat(heading(colleague)).isEqualTo("Join Seacole Systems Ltd");
		colleague.getByRole(AriaRole.BUTTON, named("Accept invitation")).click();
		assertThat(heading(colleague)).isEqualTo("Seacole Systems Ltd");
		assertThat(colleague.locator(".nhsuk-notification-banner").textContent())
			.contains("You joined Seacole Systems Ltd");
		Browser.assertAccessible(colleague);

		page.reload();
		assertThat(page.locator("main table").first().textContent()).contains("Edsger Dijkstra").contains("Admin");
		page.getByRole(AriaRole.LINK, named("Change role of Edsger Dijkstra")).click();
		assertThat(heading(page)).isEqualTo("Change the role of Edsger Dijkstra");
		Browser.assertAccessible(page);
		page.getByLabel("Viewer").check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.locator(".nhsuk-notification-banner").textContent()).contains("Edsger Dijkstra is now viewer");

		page.getByRole(AriaRole.LINK, named("Hand over ownership")).click();
		assertThat(heading(page)).isEqualTo("Hand over ownership");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Select who should become the owner");
		Browser.assertAccessible(page);
		page.getByLabel("Edsger Dijkstra (Viewer)").check();
		page.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		assertThat(page.locator(".nhsuk-notification-banner").textContent())
			.contains("Edsger Dijkstra is now an owner; you are an admin");
		Browser.assertAccessible(page);

		colleague.navigate(page.url());
		colleague.getByRole(AriaRole.LINK, named("Remove Mary Seacole")).click();
		assertThat(heading(colleague)).isEqualTo("Are you sure you want to remove Mary Seacole?");
		Browser.assertAccessible(colleague);
		colleague.getByRole(AriaRole.BUTTON, named("Remove member")).click();
		assertThat(colleague.locator(".nhsuk-notification-banner").textContent())
			.contains("Mary Seacole was removed from Seacole Systems Ltd");
		assertThat(colleague.locator("main table").first().textContent()).doesNotContain("Mary Seacole");

		page.reload();
		assertThat(heading(page)).isEqualTo("Page not found");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
