package digital.onboarding.journeys;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import digital.onboarding.support.Browser;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 1 as a person takes it, in a real browser: create an account, agree to the
 * terms, activate it from the email, sign out and sign in again. Every page visited is
 * checked with axe-core; the journey is also taken with JavaScript switched off.
 */
@RunningServiceTest
class CreateAccountJourneyTests {

	private static Browser browser;

	@LocalServerPort
	int port;

	private final List<String> pagesChecked = new ArrayList<>();

	@BeforeAll
	static void launch() {
		browser = Browser.launch();
	}

	@AfterAll
	static void close() {
		browser.close();
	}

	@Test
	void aPersonCreatesAnAccountActivatesItAndSignsInOnAccessiblePages() {
		var page = browser.newPage(true);
		takeJourney(page, true);
		assertThat(this.pagesChecked).contains("Create account", "Terms of use", "Check your email",
				"Activate your account", "Your account is active", "Sign in", "You have signed out");
	}

	@Test
	void theJourneyWorksWithoutJavaScript() {
		takeJourney(browser.newPage(false), false);
	}

	private void takeJourney(Page page, boolean checkAccessibility) {
		var email = People.uniqueEmail("journey");
		page.navigate(url("/"));
		visit(page, checkAccessibility);
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator("Create account")).click();
		assertThat(heading(page)).isEqualTo("Create account");
		visit(page, checkAccessibility);

		page.getByLabel("First name").fill("Ada");
		page.getByLabel("Email address").fill("not an address");
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(page.locator(".nhsuk-error-summary").textContent()).contains("Enter your last name")
			.contains("Enter an email address in the correct format")
			.contains("Password must be at least 12 characters");
		assertThat(page.getByLabel("First name").inputValue()).isEqualTo("Ada");
		assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).inputValue()).isEmpty();
		visit(page, checkAccessibility);

		page.getByLabel("Last name").fill("Lovelace");
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		page.getByLabel("Confirm password").fill(People.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(heading(page)).isEqualTo("Terms of use");
		visit(page, checkAccessibility);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree and continue")).click();
		assertThat(heading(page)).isEqualTo("Check your email");
		visit(page, checkAccessibility);

		page.navigate(url(Mailbox.awaitMessageTo(email).linkPath("/activate/")));
		assertThat(heading(page)).isEqualTo("Activate your account");
		visit(page, checkAccessibility);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(heading(page)).isEqualTo("Your account is active");
		visit(page, checkAccessibility);

		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator("Sign in")).click();
		signIn(page, email, checkAccessibility);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(heading(page)).isEqualTo("You have signed out");
		visit(page, checkAccessibility);

		page.navigate(url("/sign-in"));
		signIn(page, email, checkAccessibility);
	}

	private void signIn(Page page, String email, boolean checkAccessibility) {
		assertThat(heading(page)).isEqualTo("Sign in");
		visit(page, checkAccessibility);
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(People.PASSWORD);
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator("Sign in")).click();
		assertThat(heading(page)).as("a person with no organisation is led to register one")
			.isEqualTo("Register your organisation");
		assertThat(page.locator("header").textContent()).contains("Ada Lovelace").contains("Sign out");
		visit(page, checkAccessibility);
	}

	private void visit(Page page, boolean checkAccessibility) {
		if (checkAccessibility) {
			Browser.assertAccessible(page);
			this.pagesChecked.add(heading(page));
		}
	}

	private static String heading(Page page) {
		return page.locator("h1").first().textContent().strip();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Finds a link or button inside a region by its exact accessible name. */
	private static final class Locator extends com.microsoft.playwright.Locator.GetByRoleOptions {

		Locator(String name) {
			setName(name);
			setExact(true);
		}

	}

}
