package digital.onboarding.support;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the audit trail as an auditor would: what happened to one person's account, in
 * one organisation, or to one object.
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

	/** Everything recorded in the organisation, oldest first. */
	public static List<Event> inOrganisation(JdbcClient jdbc, UUID organisationId) {
		return jdbc.sql("select * from audit_events where organisation_id = ? order by seq")
			.param(organisationId)
			.query(Event.class)
			.list();
	}

	/** Everything recorded on one object, oldest first. */
	public static List<Event> about(JdbcClient jdbc, String objectType, Object objectId) {
		return jdbc.sql("select * from audit_events where object_type = ? and object_id = ? order by seq")
			.params(objectType, objectId.toString())
			.query(Event.class)
			.list();
	}

	/** The newest event of the organisation with this action; fails if there is none. */
	public static Event last(JdbcClient jdbc, UUID organisationId, String action) {
		var events = inOrganisation(jdbc, organisationId).stream()
			.filter(event -> event.action().equals(action))
			.toList();
		assertThat(events).as("%s recorded in organisation %s", action, organisationId).isNotEmpty();
		return events.get(events.size() - 1);
	}

	/**
	 * Tampers with the trail as someone with full database rights could (past the
	 * triggers that refuse updates and deletes), runs the check, and undoes it all: the
	 * change and the check share a transaction that is rolled back.
	 */
	public static <T> T whileTamperedWith(TransactionTemplate transactions, JdbcClient jdbc, String sql,
			Supplier<T> check) {
		return transactions.execute(status -> {
			jdbc.sql("alter table audit_events disable trigger user").update();
			jdbc.sql(sql).update();
			try {
				return check.get();
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}

	/** One event: what happened, from which address, in which request. */
	public record Entry(String action, String address, String requestId) {
	}

	/** One event as recorded, without its place in the chain. */
	public record Event(long seq, String action, String objectType, String objectId, UUID actorId, UUID organisationId,
			String summary, String requestId, String address) {
	}

}
