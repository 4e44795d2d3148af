package digital.onboarding.journeys;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
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
 * Journeys 3 and 4 in a real browser with axe-core on every page: a supplier answers the
 * National Imaging Registry's eligibility sections, checks them and submits them.
 */
@RunningServiceTest
class EligibilityJourneyTests {

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
	void aSupplierCompletesAndSubmitsTheEligibilitySections() {
		var email = People.uniqueEmail("rosalind");
		var page = browser.newPage(true);
		Journeys.createAccount(page, url(""), "Rosalind", "Franklin", email);
		Journeys.signIn(page, url(""), email);
		page.getByLabel("Legal name").fill("Franklin Imaging Ltd");
		page.getByLabel("ODS code").fill(Organisations.uniqueOdsCode());
		page.getByLabel("Supplier (data processor)").check();
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();
		page.getByLabel("Product name").fill("Helix Viewer");
		page.getByLabel("Version").fill("4.0");
		page.getByRole(AriaRole.BUTTON, named("Continue")).click();
		page.getByLabel("National Imaging Registry").check();
		page.getByRole(AriaRole.BUTTON, named("Save and continue")).click();

		page.getByRole(AriaRole.LINK, named("Applications for version 4.0")).click();
		assertThat(heading(page)).isEqualTo("Applications");
		assertThat(page.locator("main").textContent()).contains("Sections for every API").contains("Not started");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("Check your eligibility – product details")).click();
		Browser.assertAccessible(page);
		page.locator("#product-has-version").check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.locator(".nhsuk-notification-banner").textContent()).contains("Your answers were saved");
		page.locator("#product-version").fill("4.0");
		page.locator("#product-architecture").fill("A web viewer with a DICOM gateway in each trust.");
		page.locator("#product-hosting").check();
		page.locator("#product-users").check();
		page.locator("#product-hscn").check();
		page.getByLabel("National Imaging Registry (NIR)").check();
		page.locator("#product-care-identity").check();
		page.locator("#product-use-case").fill("Clinicians open prior imaging held by other trusts.");
		page.locator("#product-architecture-diagram")
			.setInputFiles(new FilePayload("architecture.txt", "text/plain", "not a diagram".getBytes()));
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent())
			.contains("must be a PDF, image, office document or ZIP");
		assertThat(page.locator("#product-use-case").inputValue()).as("what was typed is kept")
			.startsWith("Clinicians open prior imaging");
		Browser.assertAccessible(page);
		page.locator("#product-architecture-diagram")
			.setInputFiles(new FilePayload("architecture.png", "image/png", png()));
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		assertThat(page.locator("main").textContent()).contains("Attached: architecture.png");
		page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(heading(page)).isEqualTo("Check your answers");
		assertThat(page.locator("main dl").textContent()).contains("A web viewer")
			.contains("National Imaging Registry (NIR)");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();
		assertThat(heading(page)).isEqualTo("Applications");
		assertThat(page.locator(".nhsuk-notification-banner").textContent())
			.contains("Check your eligibility – product details was submitted for review");

		page.getByRole(AriaRole.LINK, named("Check your eligibility – organisation details")).click();
		page.locator("#organisation-name").fill("Franklin Imaging Ltd");
		page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Answer");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Back to the section")).click();
		page.locator("#organisation-has-ods-code").check();
		page.locator("#commissioner-ods-code-differs-2").check();
		page.getByRole(AriaRole.BUTTON, named("Save")).click();
		page.locator("#organisation-ods-code").fill("8HK48");
		page.getByLabel("Full name").fill("Rosalind Franklin");
		page.getByLabel("Job title").fill("Director");
		page.getByLabel("Email address").fill(email);
		page.getByRole(AriaRole.BUTTON, named("Submit for review")).click();
		assertThat(heading(page)).isEqualTo("Check your answers");
		page.getByRole(AriaRole.BUTTON, named("Confirm and submit")).click();

		var statuses = page.locator(".nhsuk-task-list").first().textContent();
		assertThat(statuses.split("Submitted", -1)).as("both eligibility sections submitted").hasSize(3);
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, named("Check your eligibility – organisation details")).click();
		assertThat(page.locator("main").textContent()).contains("8HK48").doesNotContain("Save and close");
		Browser.assertAccessible(page);
	}

	private static byte[] png() {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
