package digital.onboarding.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import digital.onboarding.support.AuditLog;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class CreateAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewAccountIsActivatedOnceFromTheEmailedLinkAndRecordsTheTermsAccepted() throws Exception {
		var email = People.uniqueEmail("grace");
		var visitor = new Visitor(this.mvc);
		assertThat(visitor.get("/create-account/terms-of-use").getResponse().getRedirectedUrl())
			.as("the terms come after the details")
			.isEqualTo("/create-account");

		People.signUp(visitor, email);
		assertThat(visitor.get("/create-account/check-your-email").getResponse().getContentAsString())
			.contains("Check your email")
			.contains(email);
		assertThat(this.jdbc.sql("select status, terms_version, terms_accepted_at from accounts where email = ?")
			.param(email)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + (rs.getTimestamp(3) != null))
			.single()).isEqualTo("PENDING_ACTIVATION " + TermsOfUse.CURRENT_VERSION + " true");

		var message = Mailbox.awaitMessageTo(email);
		assertThat(message.subject()).isEqualTo("Activate your Digital Onboarding Service account");
		var link = message.linkPath("/activate/");
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("Activate your account")
			.contains(">Confirm</button>");
		assertThat(status(email)).as("opening the link activates nothing").isEqualTo("PENDING_ACTIVATION");

		assertThat(visitor.post(link).getResponse().getContentAsString()).contains("Your account is active");
		assertThat(status(email)).isEqualTo("ACTIVE");
		assertThat(AuditLog.actionsOnAccount(this.jdbc, email)).containsSubsequence("account.created",
				"account.activated");

		var reused = visitor.post(link).getResponse().getContentAsString();
		assertThat(reused).contains("This link has already been used").contains("Your account is active");
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("This link has already been used");
	}

	@Test
	void anExpiredActivationLinkIsRefusedAndANewOneCanBeSent() throws Exception {
		var email = People.uniqueEmail("expired");
		var visitor = new Visitor(this.mvc);
		People.signUp(visitor, email);
		var link = Mailbox.awaitMessageTo(email).linkPath("/activate/");
		this.jdbc.sql("""
				update account_tokens set expires_at = ? where account_id = (select id from accounts where email = ?)
				""").params(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), email).update();

		var page = visitor.post(link).getResponse().getContentAsString();
		assertThat(page).contains("This activation link has expired").contains("Send a new link");
		assertThat(status(email)).isEqualTo("PENDING_ACTIVATION");

		visitor.post(link + "/resend");
		var newLink = Mailbox.awaitMessagesTo(email, 2).get(1).linkPath("/activate/");
		assertThat(newLink).isNotEqualTo(link);
		assertThat(visitor.post(newLink).getResponse().getContentAsString()).contains("Your account is active");
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("This link has already been used");
	}

	@Test
	void aLinkThisServiceNeverIssuedIsRefused() throws Exception {
		var page = new Visitor(this.mvc).post("/activate/not-a-real-token").getResponse().getContentAsString();
		assertThat(page).contains("This activation link is not valid").doesNotContain("Send a new link");
	}

	@Test
	void eachFieldErrorIsShownBesideItsFieldAndInTheSummaryKeepingWhatWasTypedButNeverThePassword() throws Exception {
		var page = new Visitor(this.mvc)
			.post("/create-account", "firstName", "Ada", "lastName", "", "email", "not-an-address", "password", "short",
					"confirmPassword", "other-secret")
			.getResponse()
			.getContentAsString();

		assertThat(page).containsSubsequence("#lastName", "#email", "#password", "#confirmPassword", "<h1>")
			.contains("There is a problem")
			.contains("<a href=\"#lastName\">Enter your last name</a>")
			.contains("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>")
			.contains("<a href=\"#password\">Password must be at least 12 characters</a>")
			.contains("<a href=\"#confirmPassword\">Passwords do not match</a>")
			.contains("id=\"lastName-error\"")
			.contains("aria-describedby=\"email-hint email-error\"")
			.contains("value=\"Ada\"")
			.contains("value=\"not-an-address\"")
			.doesNotContain("value=\"short\"")
			.doesNotContain("other-secret");
	}

	@Test
	void spacesAroundAnEmailAddressAreForgiven() {
		var email = People.uniqueEmail("spacious");
		var result = new Visitor(this.mvc).post("/create-account", "firstName", "Ada", "lastName", "Lovelace", "email",
				"  " + email + " ", "password", People.PASSWORD, "confirmPassword", People.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/create-account/terms-of-use");
	}

	@Test
	void aMissingConfirmationIsAskedFor() throws Exception {
		var page = new Visitor(this.mvc)
			.post("/create-account", "firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.org", "password",
					People.PASSWORD, "confirmPassword", "")
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<a href=\"#confirmPassword\">Confirm your password</a>")
			.doesNotContain("Enter a password");
	}

	@Test
	void signingUpWithARegisteredAddressLooksTheSameAndTellsTheOwnerByEmail() throws Exception {
		var registered = People.activeAccount(this.mvc);
		var unknown = People.uniqueEmail("newcomer");

		var forRegistered = new Visitor(this.mvc);
		People.signUp(forRegistered, registered);
		var forUnknown = new Visitor(this.mvc);
		People.signUp(forUnknown, unknown);

		assertThat(page(forRegistered, "/create-account/check-your-email").replace(registered, "ADDRESS"))
			.isEqualTo(page(forUnknown, "/create-account/check-your-email").replace(unknown, "ADDRESS"));
		assertThat(Mailbox.awaitMessagesTo(registered, 2).get(1).subject())
			.isEqualTo("You already have a Digital Onboarding Service account");
		assertThat(this.jdbc.sql("select count(*) from accounts where email = ?")
			.param(registered)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void agreeingTwiceCreatesOneAccountAndLandsOnTheSamePage() throws Exception {
		var email = People.uniqueEmail("double");
		var visitor = new Visitor(this.mvc);
		People.signUp(visitor, email);
		assertThat(visitor.post("/create-account/terms-of-use").getResponse().getRedirectedUrl())
			.isEqualTo("/create-account/check-your-email");
		assertThat(this.jdbc.sql("select count(*) from accounts where email = ?")
			.param(email)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void tooManySignUpsFromOneAddressArePaused() throws Exception {
		var visitor = new Visitor(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(createAccount(visitor).getResponse().getStatus()).isEqualTo(302);
		}
		assertThat(createAccount(visitor).getResponse().getStatus()).isEqualTo(429);
		assertThat(createAccount(new Visitor(this.mvc)).getResponse().getStatus())
			.as("another address is not held back")
			.isEqualTo(302);
	}

	private org.springframework.test.web.servlet.MvcResult createAccount(Visitor visitor) {
		return visitor.post("/create-account", "firstName", "Ada", "lastName", "Lovelace", "email",
				People.uniqueEmail("many"), "password", People.PASSWORD, "confirmPassword", People.PASSWORD);
	}

	private static String page(Visitor visitor, String path) throws Exception {
		return visitor.get(path).getResponse().getContentAsString().replaceAll("value=\"[^\"]{20,}\"", "");
	}

	private String status(String email) {
		return this.jdbc.sql("select status from accounts where email = ?").param(email).query(String.class).single();
	}

}
