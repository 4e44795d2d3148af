package digital.onboarding.support;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Platform staff for tests: a new active account given a role for an API directly in the
 * database, as an administrator would through the staff pages.
 */
public final class Staff {

	private Staff() {
	}

	/** Gives the account with this address a role (REVIEWER, APPROVER …) for an API. */
	public static UUID grant(JdbcClient jdbc, String email, String apiId, String role) {
		var accountId = Members.accountId(jdbc, email);
		jdbc.sql("""
				insert into staff_roles (account_id, api_id, role, granted_at, granted_by) values (?, ?, ?, ?, ?)
				on conflict do nothing
				""").params(accountId, apiId, role, Timestamp.from(Instant.now()), accountId).update();
		return accountId;
	}

}
