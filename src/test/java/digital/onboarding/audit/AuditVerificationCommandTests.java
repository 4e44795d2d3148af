package digital.onboarding.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import digital.onboarding.support.AuditLog;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting the service with {@code --verify-audit-trail}: the outcome printed and the
 * exit code, taken without ending the test's JVM.
 */
@ServiceTest
class AuditVerificationCommandTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final List<Integer> exitCodes = new ArrayList<>();

	@Test
	void anIntactChainIsReportedAndExitsWithZero() {
		this.trail.record(AuditEntry.of("widget.made", "widget", 1).summary("made"));

		command().run(new DefaultApplicationArguments("--verify-audit-trail"));

		assertThat(output()).startsWith("The audit trail is intact: ").contains(" events checked");
		assertThat(this.exitCodes).containsExactly(0);
	}

	@Test
	void aBrokenChainNamesTheFirstBrokenLinkAndExitsWithOne() {
		var changed = this.trail.record(AuditEntry.of("widget.made", "widget", 2).summary("original"));
		this.trail.record(AuditEntry.of("widget.made", "widget", 3).summary("later"));

		AuditLog.whileTamperedWith(this.transactions, this.jdbc,
				"update audit_events set summary = 'rewritten' where seq = " + changed.seq(), () -> {
					command().run(new DefaultApplicationArguments("--verify-audit-trail"));
					return null;
				});

		assertThat(output()).isEqualTo("Event " + changed.seq() + " was changed after it was recorded");
		assertThat(this.exitCodes).containsExactly(1);
	}

	@Test
	void withoutTheOptionTheServiceStartsAsUsual() {
		command().run(new DefaultApplicationArguments("--server.port=8081"));

		assertThat(output()).isEmpty();
		assertThat(this.exitCodes).isEmpty();
	}

	/**
	 * The command with a context of its own to close, so the shared test context stays
	 * open.
	 */
	private VerificationCommand command() {
		var context = new GenericApplicationContext();
		context.refresh();
		return new VerificationCommand(this.trail, context, new PrintStream(this.printed, true, StandardCharsets.UTF_8),
				this.exitCodes::add);
	}

	private String output() {
		return this.printed.toString(StandardCharsets.UTF_8).strip();
	}

}
