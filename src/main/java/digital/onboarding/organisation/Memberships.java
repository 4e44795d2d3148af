package digital.onboarding.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who belongs to which organisation, and in what role.
 */
@Repository
class Memberships {

	/** A stored membership, before the person's name is looked up. */
	record Row(UUID accountId, MemberRole role, Instant joinedAt) {
	}

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the person unless they already belong to the organisation. */
	boolean add(UUID organisationId, UUID accountId, MemberRole role, Instant at) {
		return this.jdbc.sql("""
				insert into memberships (organisation_id, account_id, role, joined_at) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(organisationId, accountId, role.name(), Timestamp.from(at)).update() == 1;
	}

	Optional<MemberRole> roleOf(UUID organisationId, UUID accountId) {
		return this.jdbc.sql("select role from memberships where organisation_id = ? and account_id = ?")
			.params(organisationId, accountId)
			.query(MemberRole.class)
			.optional();
	}

	List<Row> of(UUID organisationId) {
		return this.jdbc.sql("select account_id, role, joined_at from memberships where organisation_id = ?")
			.param(organisationId)
			.query(Row.class)
			.list();
	}

	/**
	 * Makes changes to the organisation's members wait for each other, so two owners
	 * demoting each other at once cannot leave it with none.
	 */
	void lock(UUID organisationId) {
		this.jdbc.sql("select id from organisations where id = ? for update")
			.param(organisationId)
			.query()
			.listOfRows();
	}

	int owners(UUID organisationId) {
		return this.jdbc.sql("select count(*) from memberships where organisation_id = ? and role = 'OWNER'")
			.param(organisationId)
			.query(Integer.class)
			.single();
	}

	void changeRole(UUID organisationId, UUID accountId, MemberRole role) {
		this.jdbc.sql("update memberships set role = ? where organisation_id = ? and account_id = ?")
			.params(role.name(), organisationId, accountId)
			.update();
	}

	void remove(UUID organisationId, UUID accountId) {
		this.jdbc.sql("delete from memberships where organisation_id = ? and account_id = ?")
			.params(organisationId, accountId)
			.update();
	}

}
