package digital.onboarding.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allowlist entries and service endpoints. */
@Repository
class ConnectivityRows {

	private final JdbcClient jdbc;

	ConnectivityRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether it was new
	 */
	boolean addEntry(AllowlistEntry entry) {
		return this.jdbc.sql("""
				insert into allowlist_entries (id, access_id, cidr, created_at, created_by) values (?, ?, ?, ?, ?)
				on conflict (access_id, cidr) do nothing
				""")
			.params(entry.id(), entry.accessId(), entry.cidr(), Timestamp.from(entry.createdAt()), entry.createdBy())
			.update() == 1;
	}

	List<AllowlistEntry> entries(UUID accessId) {
		return this.jdbc.sql("select * from allowlist_entries where access_id = ? order by created_at, cidr")
			.param(accessId)
			.query((rs, row) -> new AllowlistEntry(rs.getObject("id", UUID.class),
					rs.getObject("access_id", UUID.class), rs.getString("cidr"),
					EnvironmentAccesses.instant(rs.getTimestamp("created_at")), rs.getObject("created_by", UUID.class)))
			.list();
	}

	/**
	 * @return the address removed, if the entry was the access's
	 */
	Optional<String> removeEntry(UUID accessId, UUID entryId) {
		return this.jdbc.sql("delete from allowlist_entries where access_id = ? and id = ? returning cidr")
			.params(accessId, entryId)
			.query(String.class)
			.optional();
	}

	void saveEndpoint(UUID accessId, String transaction, String url, UUID by, Instant at) {
		this.jdbc.sql("""
				insert into service_endpoints (access_id, profile, url, updated_at, updated_by) values (?, ?, ?, ?, ?)
				on conflict (access_id, profile) do update set url = excluded.url, updated_at = excluded.updated_at,
				  updated_by = excluded.updated_by
				""").params(accessId, transaction, url, Timestamp.from(at), by).update();
	}

	List<ServiceEndpoint> endpoints(UUID accessId) {
		return this.jdbc.sql("select * from service_endpoints where access_id = ? order by profile")
			.param(accessId)
			.query((rs, row) -> new ServiceEndpoint(rs.getObject("access_id", UUID.class), rs.getString("profile"),
					rs.getString("url"), EnvironmentAccesses.instant(rs.getTimestamp("updated_at")),
					rs.getObject("updated_by", UUID.class)))
			.list();
	}

}
