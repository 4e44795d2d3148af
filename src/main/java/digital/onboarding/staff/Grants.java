package digital.onboarding.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored staff roles, one row per person, API and role.
 */
@Repository
class Grants {

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the role unless the person holds it already. */
	boolean insert(UUID accountId, String apiId, StaffRole role, UUID grantedBy, Instant at) {
		return this.jdbc.sql("""
				insert into staff_roles (account_id, api_id, role, granted_at, granted_by) values (?, ?, ?, ?, ?)
				on conflict do nothing
				""").params(accountId, apiId, role.name(), Timestamp.from(at), grantedBy).update() == 1;
	}

	boolean delete(UUID accountId, String apiId, StaffRole role) {
		return this.jdbc.sql("delete from staff_roles where account_id = ? and api_id = ? and role = ?")
			.params(accountId, apiId, role.name())
			.update() == 1;
	}

	boolean exists(UUID accountId, String apiId, StaffRole role) {
		return this.jdbc
			.sql("select exists (select 1 from staff_roles where account_id = ? and api_id = ? and role = ?)")
			.params(accountId, apiId, role.name())
			.query(Boolean.class)
			.single();
	}

	Optional<Row> find(UUID accountId, String apiId, StaffRole role) {
		return this.jdbc.sql("select * from staff_roles where account_id = ? and api_id = ? and role = ?")
			.params(accountId, apiId, role.name())
			.query(Row.class)
			.optional();
	}

	Set<StaffRole> rolesOf(UUID accountId) {
		return this.jdbc.sql("select distinct role from staff_roles where account_id = ?")
			.param(accountId)
			.query((rs, row) -> StaffRole.valueOf(rs.getString("role")))
			.set();
	}

	Set<String> apisOf(UUID accountId, Set<StaffRole> roles) {
		return Set
			.copyOf(this.jdbc.sql("select distinct api_id from staff_roles where account_id = ? and role = any (?)")
				.params(accountId, names(roles))
				.query(String.class)
				.list());
	}

	List<UUID> holders(Collection<String> apiIds, Set<StaffRole> roles) {
		return this.jdbc.sql("select distinct account_id from staff_roles where api_id = any (?) and role = any (?)")
			.params(apiIds.toArray(String[]::new), names(roles))
			.query(UUID.class)
			.list();
	}

	private static String[] names(Set<StaffRole> roles) {
		return roles.stream().map(Enum::name).toArray(String[]::new);
	}

	List<Row> findAll() {
		return this.jdbc.sql("select * from staff_roles").query(Row.class).list();
	}

	record Row(UUID accountId, String apiId, StaffRole role, Instant grantedAt, UUID grantedBy) {
	}

}
