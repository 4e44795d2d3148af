package digital.onboarding.journeys;

import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static digital.onboarding.support.Journeys.heading;
import static digital.onboarding.support.Journeys.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An end user organisation sends the acceptable use policy to its legal signatory, who
 * accepts it from the emailed link; and an administrator's page for its versions. Every
 * page is checked with axe-core in a real browser.
 */
@RunningServiceTest
class AcceptableUseJourneyTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

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
	void theLegalSignatoryAcceptsThePolicyTheOrganisationSent() {
		var ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisationId = Organisations.registerEndUserOrganisation(owner, "Northgate Community Trust");
		var signatoryEmail = People.uniqueEmail("trust-signatory");
		new ApiClient(this.mvc, Organisations.token(owner, organisationId)).post(
				"/api/v1/organisations/" + organisationId + "/contacts",
				"{\"kind\":\"LEGAL_SIGNATORY\",\"name\":\"Mary Seacole\",\"jobTitle\":\"Director of Governance\","
						+ "\"email\":\"" + signatoryEmail + "\"}");

		var page = browser.newPage(true);
		Journeys.signIn(page, url(""), ownerEmail);
		page.navigate(url("/organisations/" + organisationId));
		page.getByRole(AriaRole.LINK, named("Acceptable use policy")).click();
		page.waitForURL("**/acceptable-use-policy");
		assertThat(page.locator("main").textContent()).contains("Not yet accepted");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Send the policy")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent())
			.contains("Select the legal signatory to send the policy to");
		Browser.assertAccessible(page);
		page.getByLabel("Mary Seacole, Director of Governance (" + signatoryEmail + ")").check();
		page.getByRole(AriaRole.BUTTON, named("Send the policy")).click();
		page.waitForURL("**/acceptable-use-policy");
		assertThat(page.locator("main").textContent()).contains("We sent the acceptable use policy to Mary Seacole");
		Browser.assertAccessible(page);

		var email = Mailbox.awaitMessageTo(signatoryEmail, "Accept the acceptable use policy");
		var signatory = browser.newPage(true);
		signatory.navigate(url(email.linkPath("/acceptable-use/")));
		assertThat(heading(signatory)).isEqualTo("Accept the acceptable use policy");
		Browser.assertAccessible(signatory);
		signatory.getByRole(AriaRole.BUTTON, named("Accept policy")).click();
		assertThat(signatory.locator(".nhsuk-error-summary").textContent()).contains("Enter your full name");
		Browser.assertAccessible(signatory);
		signatory.getByLabel("Full name").fill("Mary Seacole");
		signatory.getByLabel("Role").fill("Director of Governance");
		signatory.getByLabel("I confirm that I have authority to accept this policy").check();
		signatory.getByRole(AriaRole.BUTTON, named("Accept policy")).click();
		assertThat(heading(signatory)).isEqualTo("Policy accepted");
		Browser.assertAccessible(signatory);

		page.reload();
		assertThat(page.locator("main").textContent()).contains("Active").doesNotContain("Not yet accepted");

		var administratorEmail = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, administratorEmail);
		var administrator = browser.newPage(true);
		Journeys.signIn(administrator, url(""), administratorEmail);
		administrator.navigate(url("/admin/acceptable-use-policy"));
		assertThat(heading(administrator)).isEqualTo("Acceptable use policy texts");
		Browser.assertAccessible(administrator);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
