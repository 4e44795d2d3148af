package digital.onboarding.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps that many browser journeys share, taken on the real pages.
 */
public final class Journeys {

	private Journeys() {
	}

	/** Creates and activates an account from the emailed link. */
	public static void createAccount(Page page, String baseUrl, String firstName, String lastName, String email) {
		page.navigate(baseUrl + "/create-account");
		page.getByLabel("First name").fill(firstName);
		page.getByLabel("Last name").fill(lastName);
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(People.PASSWORD);
		page.getByLabel("Confirm password").fill(People.PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Create account")).click();
		page.getByRole(AriaRole.BUTTON, named("Agree and continue")).click();
		page.navigate(baseUrl + Mailbox.awaitMessageTo(email).linkPath("/activate/"));
		page.getByRole(AriaRole.BUTTON, named("Confirm")).click();
		assertThat(heading(page)).isEqualTo("Your account is active");
	}

	/**
	 * Signs in on the page the browser is on, or on the sign-in page if it is not one.
	 */
	public static void signIn(Page page, String baseUrl, String email) {
		if (!page.url().contains("/sign-in")) {
			page.navigate(baseUrl + "/sign-in");
		}
		page.getByLabel("Email address").fill(email);
		page.getByLabel("Password").fill(People.PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
		assertThat(page.locator("header").textContent()).contains("Sign out");
	}

	public static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	public static String heading(Page page) {
		return page.locator("h1").first().textContent().strip();
	}

}
