package digital.onboarding.account;

import digital.onboarding.support.AuditLog;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anActivePersonSignsInWithTheirEmailInAnyCaseAndSignsOut() {
		var email = People.activeAccount(this.mvc);
		var address = Visitor.freshAddress();
		var visitor = new Visitor(this.mvc, address);
		var result = visitor.post("/sign-in", "email", " " + email.toUpperCase() + " ", "password", People.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(visitor.page("/organisations")).contains("Ada Lovelace").contains("Sign out");
		assertThat(AuditLog.entriesOnAccount(this.jdbc, email)).last().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("account.signed-in");
			assertThat(entry.address()).isEqualTo(address);
			assertThat(entry.requestId()).isEqualTo(result.getResponse().getHeader("X-Request-Id"));
		});

		assertThat(visitor.post("/sign-out").getResponse().getRedirectedUrl()).isEqualTo("/signed-out");
		assertThat(visitor.isSignedIn()).isFalse();
	}

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswerAndTheEnteredAddressIsKept() {
		var email = People.activeAccount(this.mvc);
		var unknown = People.uniqueEmail("nobody");

		var wrongPassword = failedSignIn(email, "not the password at all");
		var noAccount = failedSignIn(unknown, "not the password at all");

		assertThat(wrongPassword).contains("Enter a correct email address and password")
			.contains("value=\"" + email + "\"");
		assertThat(wrongPassword.replace(email, "ADDRESS")).isEqualTo(noAccount.replace(unknown, "ADDRESS"));
		assertThat(AuditLog.actionsOnAccount(this.jdbc, email)).contains("account.sign-in-failed");
	}

	@Test
	void anAccountNotYetActivatedIsToldSoOnlyWithTheRightPassword() {
		var email = People.uniqueEmail("pending");
		People.signUp(new Visitor(this.mvc), email);

		assertThat(failedSignIn(email, "not the password at all"))
			.contains("Enter a correct email address and password");
		assertThat(failedSignIn(email, People.PASSWORD)).contains("Your account is not active yet");
	}

	@Test
	void afterFiveFailuresAnAccountIsPausedEvenWithTheRightPassword() {
		var email = People.activeAccount(this.mvc);
		for (int i = 0; i < 5; i++) {
			assertThat(failedSignIn(email, "wrong password " + i))
				.contains("Enter a correct email address and password");
		}
		assertThat(failedSignIn(email, People.PASSWORD)).contains("You have tried to sign in too many times");
		assertThat(AuditLog.actionsOnAccount(this.jdbc, email)).contains("account.sign-in-refused");
	}

	@Test
	void oneAddressTryingManyAccountsIsPaused() {
		var visitor = new Visitor(this.mvc);
		for (int i = 0; i < 10; i++) {
			assertThat(signIn(visitor, People.uniqueEmail("guess"), "guessing password"))
				.contains("Enter a correct email address and password");
		}
		var email = People.activeAccount(this.mvc);
		assertThat(signIn(visitor, email, People.PASSWORD)).contains("You have tried to sign in too many times");
		assertThat(visitor.isSignedIn()).isFalse();
		assertThat(People.signedIn(this.mvc, email).isSignedIn()).as("from another address").isTrue();
	}

	@Test
	void aSignedInPersonReachesProtectedPagesAndOthersAreSentToSignIn() {
		var anonymous = new Visitor(this.mvc).get("/no-such-page");
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/sign-in");
		var signedIn = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(signedIn.get("/no-such-page").getResponse().getStatus()).isEqualTo(404);
	}

	private String failedSignIn(String email, String password) {
		return signIn(new Visitor(this.mvc), email, password);
	}

	/**
	 * Tries to sign in and, as a browser would, follows the way back to the sign-in page.
	 */
	private static String signIn(Visitor visitor, String email, String password) {
		var result = visitor.post("/sign-in", "email", email, "password", password);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
		return visitor.page("/sign-in").replaceAll("value=\"[^\"]{40,}\"", "");
	}

}
