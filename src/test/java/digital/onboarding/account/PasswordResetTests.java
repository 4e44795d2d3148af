package digital.onboarding.account;

import java.sql.Timestamp;
import java.time.Instant;

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
class PasswordResetTests {

	private static final String NEW_PASSWORD = "a brand new passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResetLinkSetsANewPasswordOnceAndSignsOutOtherSessions() {
		var email = People.activeAccount(this.mvc);
		var elsewhere = People.signedIn(this.mvc, email);

		var visitor = new Visitor(this.mvc);
		assertThat(visitor.post("/password-reset", "email", email).getResponse().getRedirectedUrl())
			.isEqualTo("/password-reset/sent");
		var link = Mailbox.awaitMessagesTo(email, 2).get(1).linkPath("/password-reset/");
		assertThat(visitor.page(link)).contains("Choose a new password");

		var tooShort = Visitor.text(visitor.post(link, "password", "short", "confirmPassword", "short"));
		assertThat(tooShort).contains("Password must be at least 12 characters");

		var changed = Visitor.text(visitor.post(link, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(changed).contains("Your password has been changed");
		assertThat(Mailbox.awaitMessagesTo(email, 3).get(2).subject())
			.isEqualTo("Your Digital Onboarding Service password was changed");
		assertThat(elsewhere.isSignedIn()).as("the other session is signed out").isFalse();

		assertThat(new Visitor(this.mvc).post("/sign-in", "email", email, "password", People.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/sign-in");
		assertThat(new Visitor(this.mvc).post("/sign-in", "email", email, "password", NEW_PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");

		assertThat(Visitor
			.text(visitor.post(link, "password", "another passphrase", "confirmPassword", "another passphrase")))
			.contains("This password reset link has already been used");
	}

	@Test
	void anExpiredResetLinkIsRefused() {
		var email = People.activeAccount(this.mvc);
		var visitor = new Visitor(this.mvc);
		visitor.post("/password-reset", "email", email);
		var link = Mailbox.awaitMessagesTo(email, 2).get(1).linkPath("/password-reset/");
		this.jdbc
			.sql("update account_tokens set expires_at = ? where purpose = 'PASSWORD_RESET' and account_id = "
					+ "(select id from accounts where email = ?)")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), email)
			.update();
		assertThat(visitor.page(link)).contains("This password reset link has expired");
		assertThat(Visitor.text(visitor.post(link, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)))
			.contains("This password reset link has expired");
	}

	@Test
	void theAnswerIsTheSameForKnownAndUnknownAddresses() {
		var known = People.activeAccount(this.mvc);
		var unknown = People.uniqueEmail("stranger");
		assertThat(sentPage(known).replace(known, "ADDRESS")).isEqualTo(sentPage(unknown).replace(unknown, "ADDRESS"));
		assertThat(Mailbox.awaitMessagesTo(known, 2).get(1).subject()).startsWith("Reset your");
		assertThat(Mailbox.messagesTo(unknown)).isEmpty();
	}

	@Test
	void anAddressInTheWrongFormatIsExplained() {
		var page = Visitor.text(new Visitor(this.mvc).post("/password-reset", "email", "nonsense"));
		assertThat(page).contains("Enter an email address in the correct format").contains("value=\"nonsense\"");
	}

	private String sentPage(String email) {
		var visitor = new Visitor(this.mvc);
		var result = visitor.post("/password-reset", "email", email);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/password-reset/sent");
		return visitor.page("/password-reset/sent");
	}

}
