package digital.onboarding.support;

import java.util.UUID;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People who use the service in tests, created through the real pages.
 */
public final class People {

	public static final String PASSWORD = "correct horse battery staple";

	private People() {
	}

	/** An address no other test uses. */
	public static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Fills in Create account and agrees to the terms; the activation email is then on
	 * its way.
	 */
	public static void signUp(Visitor visitor, String email) {
		var created = visitor.post("/create-account", "firstName", "Ada", "lastName", "Lovelace", "email", email,
				"password", PASSWORD, "confirmPassword", PASSWORD);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/create-account/terms-of-use");
		var agreed = visitor.post("/create-account/terms-of-use");
		assertThat(agreed.getResponse().getRedirectedUrl()).isEqualTo("/create-account/check-your-email");
	}

	/**
	 * Signs up and activates from the emailed link; returns the account's email address.
	 */
	public static String activeAccount(MockMvc mvc) {
		var email = uniqueEmail("ada");
		var visitor = new Visitor(mvc);
		signUp(visitor, email);
		var link = Mailbox.awaitMessageTo(email).linkPath("/activate/");
		assertThat(Visitor.text(visitor.post(link))).contains("Your account is active");
		return email;
	}

	/**
	 * A visitor who has signed in with the given address and the shared test password.
	 */
	public static Visitor signedIn(MockMvc mvc, String email) {
		var visitor = new Visitor(mvc);
		var result = visitor.post("/sign-in", "email", email, "password", PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return visitor;
	}

}
