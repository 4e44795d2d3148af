package digital.onboarding.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads recorded events back, never more of them at once than a caller asks for. */
@Repository
class AuditEvents {

	/** Rows fetched from the database per round trip when reading the whole trail. */
	static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	AuditEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AuditEvent> about(String objectType, Collection<String> objectIds) {
		return this.jdbc.sql("select * from audit_events where object_type = ? and object_id = any (?) order by seq")
			.params(objectType, objectIds.toArray(String[]::new))
			.query(AuditEvents::mapRow)
			.list();
	}

	/** Up to {@code limit} matching events older than {@code before}, newest first. */
	List<AuditEvent> newest(AuditFilter filter, long before, int limit) {
		var where = Where.of(filter);
		where.add("seq < ?", before);
		return this.jdbc.sql("select * from audit_events" + where.sql() + " order by seq desc limit ?")
			.params(where.params())
			.param(limit)
			.query(AuditEvents::mapRow)
			.list();
	}

	/**
	 * Hands every matching event, oldest first, to the consumer as it is read, holding
	 * only one at a time. Only streams within a transaction: PostgreSQL honours the fetch
	 * size only there.
	 */
	void each(AuditFilter filter, Consumer<AuditEvent> consumer) {
		var where = Where.of(filter);
		this.jdbc.sql("select * from audit_events" + where.sql() + " order by seq")
			.params(where.params())
			.withFetchSize(FETCH_SIZE)
			.query((RowCallbackHandler) rs -> consumer.accept(map(rs)));
	}

	static AuditEvent map(ResultSet rs) throws SQLException {
		return new AuditEvent(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), rs.getObject("actor_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getString("summary"), rs.getString("request_id"),
				rs.getString("address"), rs.getString("previous_hash"), rs.getString("hash"));
	}

	private static AuditEvent mapRow(ResultSet rs, int row) throws SQLException {
		return map(rs);
	}

	/** The conditions a filter sets, as SQL with positional parameters. */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final List<Object> params = new ArrayList<>();

		static Where of(AuditFilter filter) {
			var where = new Where();
			if (filter.organisationId() != null) {
				where.add("organisation_id = ?", filter.organisationId());
			}
			if (filter.actionPrefix() != null) {
				// starts_with needs no escaping of % and _, which like would treat as
				// wildcards.
				where.add("starts_with(action, ?)", filter.actionPrefix());
			}
			return where;
		}

		void add(String condition, Object param) {
			this.conditions.add(condition);
			this.params.add(param);
		}

		String sql() {
			return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
		}

		List<Object> params() {
			return this.params;
		}

	}

}
