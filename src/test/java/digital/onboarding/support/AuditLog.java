package digital.onboarding.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the audit trail as an auditor would: what happened to one person's account.
 */
public final class AuditLog {

	private AuditLog() {
	}

	/** The actions recorded on the account with this email address, oldest first. */
	public static List<String> actionsOnAccount(JdbcClient jdbc, String email) {
		return entriesOnAccount(jdbc, email).stream().map(Entry::action).toList();
	}

	public static List<Entry> entriesOnAccount(JdbcClient jdbc, String email) {
		return jdbc.sql("""
				select action, address, request_id from audit_events
				where object_id = (select id::text from accounts where email = ?) order by seq
				""").param(email).query(Entry.class).list();
	}

	/** One event: what happened, from which address, in which request. */
	public record Entry(String action, String address, String requestId) {
	}

}
