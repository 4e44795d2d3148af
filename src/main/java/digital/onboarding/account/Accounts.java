package digital.onboarding.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored accounts and the platform roles they hold.
 */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("select * from accounts where email = ?")
			.param(EmailAddress.normalise(email))
			.query(Account.class)
			.optional();
	}

	Optional<Account> findById(UUID id) {
		return this.jdbc.sql("select * from accounts where id = ?").param(id).query(Account.class).optional();
	}

	List<Account> findByIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from accounts where id in (:ids)").param("ids", ids).query(Account.class).list();
	}

	/**
	 * Adds the account unless its email address is taken, which two sign-ups at once can
	 * race for.
	 */
	boolean insert(Account account) {
		return this.jdbc.sql("""
				insert into accounts (id, email, first_name, last_name, password_hash, status, terms_version,
				  terms_accepted_at, created_at, activated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				on conflict (email) do nothing
				""")
			.params(account.id(), account.email(), account.firstName(), account.lastName(), account.passwordHash(),
					account.status().name(), account.termsVersion(), timestamp(account.termsAcceptedAt()),
					timestamp(account.createdAt()), timestamp(account.activatedAt()))
			.update() == 1;
	}

	void activate(Account account, Instant at) {
		expectOneRow(this.jdbc.sql("""
				update accounts set status = 'ACTIVE', activated_at = ?, version = version + 1
				where id = ? and version = ?
				""").params(timestamp(at), account.id(), account.version()).update(), account);
	}

	void changePassword(Account account, String passwordHash) {
		expectOneRow(this.jdbc.sql("""
				update accounts set password_hash = ?, version = version + 1 where id = ? and version = ?
				""").params(passwordHash, account.id(), account.version()).update(), account);
	}

	boolean isAdministrator(UUID accountId) {
		return this.jdbc
			.sql("select exists (select 1 from platform_roles where account_id = ? and role = 'ADMINISTRATOR')")
			.param(accountId)
			.query(Boolean.class)
			.single();
	}

	boolean administratorExists() {
		return this.jdbc.sql("select exists (select 1 from platform_roles where role = 'ADMINISTRATOR')")
			.query(Boolean.class)
			.single();
	}

	void grantAdministrator(UUID accountId, Instant at) {
		this.jdbc.sql("insert into platform_roles (account_id, role, granted_at) values (?, 'ADMINISTRATOR', ?)")
			.params(accountId, timestamp(at))
			.update();
	}

	private static void expectOneRow(int updated, Account account) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Account " + account.id() + " was changed by someone else");
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
