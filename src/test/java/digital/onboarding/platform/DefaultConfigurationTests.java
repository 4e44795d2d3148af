package digital.onboarding.platform;

import java.util.regex.Pattern;

import digital.onboarding.support.AuditLog;
import digital.onboarding.support.AuditLog.Event;
import digital.onboarding.support.Members;
import digital.onboarding.support.People;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import digital.onboarding.account.FirstAdministrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The service as a person trying it locally runs it: no SMTP server and no administrator
 * yet. Only the data folder differs, so the test leaves nothing behind.
 */
@SpringBootTest(properties = "onboarding.embedded-database.data-directory=")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DefaultConfigurationTests {

	private static final Pattern SETUP_LINK = Pattern.compile("http://localhost:\\d+(/setup/administrator/\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Test
	void withoutAnSmtpServerEmailsAreWrittenToTheLogWithTheirLinks(CapturedOutput output) throws Exception {
		var email = People.uniqueEmail("local");
		People.signUp(new Visitor(this.mvc), email);

		long deadline = System.currentTimeMillis() + 10_000;
		while (!"LOGGED".equals(status(email)) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(status(email)).isEqualTo("LOGGED");
		var matcher = Pattern
			.compile("Email to " + Pattern.quote(email) + "[\\s\\S]*?(http://localhost:\\d+/activate/\\S+)")
			.matcher(output.getOut());
		assertThat(matcher.find()).as("the activation email is in the log").isTrue();

		var path = java.net.URI.create(matcher.group(1)).getPath();
		assertThat(Visitor.text(new Visitor(this.mvc).post(path))).contains("Your account is active");
	}

	@Test
	void theFirstAdministratorIsCreatedOnceThroughTheLinkPrintedAtStart(CapturedOutput output) {
		var link = SETUP_LINK.matcher(output.getOut());
		assertThat(link.find()).as("a start with no administrator prints the set-up link").isTrue();
		var path = link.group(1);
		var visitor = new Visitor(this.mvc);
		assertThat(visitor.page(path)).contains("Create the first administrator");

		var invalid = Visitor.text(visitor.post(path, "firstName", "Root", "lastName", "Admin", "email", "root",
				"password", "short", "confirmPassword", "short"));
		assertThat(invalid).contains("Enter an email address in the correct format")
			.contains("Password must be at least 12 characters");

		var email = People.uniqueEmail("admin");
		var created = Visitor.text(visitor.post(path, "firstName", "Root", "lastName", "Admin", "email", email,
				"password", People.PASSWORD, "confirmPassword", People.PASSWORD));
		assertThat(created).contains("Administrator account created");
		assertThat(this.jdbc.sql("""
				select count(*) from platform_roles r join accounts a on a.id = r.account_id
				where a.email = ? and r.role = 'ADMINISTRATOR' and a.status = 'ACTIVE'
				""").param(email).query(Integer.class).single()).isEqualTo(1);

		var administrator = Members.accountId(this.jdbc, email);
		assertThat(AuditLog.about(this.jdbc, "account", administrator))
			.extracting(Event::action, Event::actorId, Event::organisationId)
			.containsExactly(tuple("account.created", administrator, null),
					tuple("administrator.granted", administrator, null));
		assertThat(AuditLog.about(this.jdbc, "account", administrator)).extracting(Event::summary)
			.last()
			.isEqualTo("Administrator role given to Root Admin, the first administrator");
		assertThat(this.jdbc
			.sql("select summary from audit_events where action = 'first-administrator-link.issued' order by seq")
			.query(String.class)
			.list()).first()
			.isEqualTo("Single-use link to create the first administrator printed in the log, valid for 24 hours");

		assertThat(visitor.page(path)).contains("This set-up link cannot be used");
		assertThat(Visitor.text(visitor.post(path, "firstName", "Second", "lastName", "Admin", "email",
				People.uniqueEmail("second"), "password", People.PASSWORD, "confirmPassword", People.PASSWORD)))
			.contains("This set-up link cannot be used");
		assertThat(People.signedIn(this.mvc, email).isSignedIn()).isTrue();

		int printedBefore = count(output.getOut());
		this.firstAdministrator.offerLinkIfNoAdministrator();
		assertThat(count(output.getOut())).as("no new link once an administrator exists").isEqualTo(printedBefore);
	}

	private String status(String email) {
		return this.jdbc.sql("select status from emails where recipient = ?").param(email).query(String.class).single();
	}

	private static int count(String text) {
		return (int) SETUP_LINK.matcher(text).results().count();
	}

}
