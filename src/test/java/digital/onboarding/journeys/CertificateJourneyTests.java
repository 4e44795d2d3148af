package digital.onboarding.journeys;

import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.TechnicalApproval;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Journeys;
import digital.onboarding.support.RunningServiceTest;
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
 * Journeys 7 and 11 in a real browser with axe-core on every page: anyone checks an
 * issued certificate and finds it on the public register; an approver revokes it, and the
 * public page and register show that at once.
 */
@RunningServiceTest
class CertificateJourneyTests {

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
	void anyoneChecksACertificateAndSeesItsRevocationAtOnce() {
		// The application is taken to technical approval below the pages; the review
		// pages have their own journey.
		var supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Verifiable Imaging Ltd");
		var product = supplier.newProduct("Verifiable PACS", "5.0");
		supplier.approveUpToTechnical(product[0], product[1], "5.0", "both");
		var certificateId = supplier.awaitCertificate(product[1]);

		var visitor = browser.newPage(true);
		visitor.navigate(url("/certificates/" + certificateId));
		assertThat(heading(visitor)).contains(certificateId);
		assertThat(visitor.locator("main").textContent()).contains("Verifiable Imaging Ltd")
			.contains("Verifiable PACS")
			.contains("Valid");
		Browser.assertAccessible(visitor);
		visitor.navigate(url("/register"));
		assertThat(visitor.locator("main").textContent()).contains(certificateId);
		Browser.assertAccessible(visitor);

		var approver = browser.newPage(true);
		Journeys.signIn(approver, url(""), supplier.approverEmail);
		approver.getByRole(AriaRole.LINK, named("Reviews")).click();
		approver.getByRole(AriaRole.LINK, named("Certificates issued for your APIs")).click();
		// Each page is checked once it has arrived, not while the link is being followed.
		approver.waitForURL("**/review/certificates");
		Browser.assertAccessible(approver);
		approver.getByRole(AriaRole.LINK, named(certificateId)).click();
		approver.waitForURL("**/review/certificates/" + certificateId);
		Browser.assertAccessible(approver);
		approver.getByRole(AriaRole.BUTTON, named("Change status")).click();
		assertThat(approver.locator(".nhsuk-error-summary").textContent()).contains("Choose");
		Browser.assertAccessible(approver);
		approver.getByLabel("Revoke it for good").check();
		approver.getByLabel("Reason").fill("The product was withdrawn from sale");
		approver.getByRole(AriaRole.BUTTON, named("Change status")).click();
		assertThat(approver.locator("main").textContent()).contains("Revoked");
		Browser.assertAccessible(approver);

		visitor.navigate(url("/certificates/" + certificateId));
		assertThat(visitor.locator("main").textContent()).contains("Revoked")
			.contains("The product was withdrawn from sale");
		visitor.navigate(url("/register"));
		assertThat(visitor.locator("main").textContent()).doesNotContain(certificateId);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
