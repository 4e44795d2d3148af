package digital.onboarding.authoring;

import java.io.IOException;
import java.nio.file.Files;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
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
 * A programme author's journey in a real browser, with axe-core checking every page: a
 * new draft, its problems, a corrected file uploaded, the preview, and publication; then
 * an applicant moves their application to the new version.
 */
@AuthoringTest
class ProgrammeAuthoringJourneyTests {

	private static final String API = "national-record-locator";

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void anAuthorDraftsSeesTheProblemsCorrectsThemPreviewsAndPublishesAndAnApplicantMovesToIt() throws IOException {
		var applicantEmail = People.activeAccount(this.mvc);
		var applications = applicationForTheLocator(applicantEmail);
		var email = People.uniqueEmail("ada");
		var page = browser.newPage(true);
		Journeys.createAccount(page, url(""), "Ada", "Lovelace", email);
		Staff.grant(this.jdbc, email, API, "PROGRAMME_AUTHOR");
		Journeys.signIn(page, url(""), email);

		page.getByRole(AriaRole.LINK, named("Programme authoring")).click();
		page.waitForURL("**/programme-authoring");
		assertThat(heading(page)).isEqualTo("Programme authoring");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("National Record Locator v3.0")).click();
		page.waitForURL("**/programme-authoring/" + API);
		assertThat(heading(page)).isEqualTo("Programme versions");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, named("Start a new version")).click();
		page.waitForURL("**/drafts/*");
		assertThat(heading(page)).isEqualTo("Draft of version 3.0");
		var text = page.getByLabel("Programme (YAML)").inputValue();
		assertThat(text).startsWith("programme:").doesNotContain("published:");
		Browser.assertAccessible(page);

		page.getByLabel("Programme (YAML)")
			.fill(text.replaceFirst("turnaroundWorkingDays: \\d+", "turnaroundWorkingDays: 0\n  owner: nobody"));
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		page.waitForURL("**/drafts/*");
		var problems = page.locator(".nhsuk-error-summary").textContent();
		assertThat(problems).contains("There are 3 problems in this draft")
			.contains("programme.version: must be greater than 3.0")
			.contains("programme.turnaroundWorkingDays: ")
			.contains("programme.owner: is not a known field");
		assertThat(page.getByRole(AriaRole.BUTTON, named("Publish")).count()).isZero();
		Browser.assertAccessible(page);

		var corrected = Files.createTempFile("national-record-locator-3.1", ".yaml");
		Files.writeString(corrected,
				text.replaceFirst("version: \"3.0\"", "version: \"3.1\"")
					.replace("title: Technical conformance", "title: Technical conformance and testing")
					.replace("label: How will your product use the National Record Locator?",
							"label: What will your product use the National Record Locator for?"));
		page.getByLabel("YAML file").setInputFiles(corrected);
		page.getByRole(AriaRole.BUTTON, named("Upload")).click();
		page.waitForURL("**/drafts/*");
		assertThat(heading(page)).isEqualTo("Draft of version 3.1");
		assertThat(page.locator("main").textContent()).contains("This draft has no problems");
		Browser.assertAccessible(page);
		Files.delete(corrected);

		page.getByRole(AriaRole.LINK, named("Preview the programme as applicants will see it")).click();
		page.waitForURL("**/preview");
		assertThat(heading(page)).isEqualTo("Onboarding programme");
		assertThat(page.locator("main").textContent()).contains("Version 3.1 (a draft, which may still change)");
		Browser.assertAccessible(page);
		var section = page.locator("main ul a").first();
		var sectionTitle = section.textContent();
		section.click();
		page.waitForURL("**/preview/*");
		assertThat(heading(page)).isEqualTo(sectionTitle);
		assertThat(page.locator("main input, main textarea, main select").first().isDisabled()).isTrue();
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Onboarding programme")).click();
		page.waitForURL("**/preview");
		page.getByRole(AriaRole.LINK, named("Draft of version 3.1")).click();
		page.waitForURL("**/drafts/*");

		page.getByRole(AriaRole.BUTTON, named("Publish")).click();
		page.waitForURL("**/programme-authoring/" + API);
		assertThat(page.locator("main").textContent()).contains("Version 3.1 is published")
			.contains("New applications start on version 3.1");
		Browser.assertAccessible(page);

		page.navigate(url("/apis/" + API));
		assertThat(page.locator("main dl").textContent()).contains("3.1");
		page.navigate(url("/apis/" + API + "/programme"));
		assertThat(page.locator("main").textContent()).contains("Version 3.1.")
			.contains("Technical conformance and testing for the National Record Locator");

		var applicant = browser.newPage(true);
		Journeys.signIn(applicant, url(""), applicantEmail);
		applicant.navigate(url(applications));
		Browser.assertAccessible(applicant);
		applicant.getByRole(AriaRole.LINK, named("A newer version of this programme is available")).click();
		applicant.waitForURL("**/" + API + "/newer-programme");
		assertThat(applicant.locator("main").textContent())
			.contains("What will your product use the National Record Locator for?");
		Browser.assertAccessible(applicant);
		applicant.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		applicant.waitForURL("**" + applications);
		assertThat(applicant.locator("main").textContent())
			.contains("New or changed questions: What will your product use the National Record Locator for?")
			.doesNotContain("A newer version of this programme is available");
		Browser.assertAccessible(applicant);
	}

	/**
	 * A supplier's product version with an application for the locator; its task list.
	 */
	private String applicationForTheLocator(String ownerEmail) {
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisationId = Organisations.register(owner, "Harrier Records Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisationId));
		var product = api.post("/api/v1/organisations/" + organisationId + "/products",
				"{\"name\":\"Harrier Viewer\",\"version\":\"1.0\"}");
		var productId = JsonPath.read(Visitor.text(product), "$.id").toString();
		var versionId = JsonPath.read(Visitor.text(product), "$.versions[0].id").toString();
		var version = "/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId;
		api.put("/api/v1" + version + "/apis", "{\"apiIds\":[\"" + API + "\"]}");
		var saved = api.put("/api/v1" + version + "/applications/" + API + "/sections/prerequisites",
				"{\"version\":0,\"answers\":{\"nrl-use-case\":\"Finding records\"}}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		return version + "/applications";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
