package digital.onboarding.support;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts an existing account into an organisation with a role, as an accepted invitation
 * would, for tests about what each role may do.
 */
public final class Members {

	private Members() {
	}

	public static void join(JdbcClient jdbc, UUID organisationId, String email, String role) {
		jdbc.sql("""
				insert into memberships (organisation_id, account_id, role, joined_at)
				select ?, id, ?, ? from accounts where email = ?
				""").params(organisationId, role, Timestamp.from(Instant.now()), email).update();
	}

	/** The person's role in the organisation, or null if they do not belong to it. */
	public static String roleOf(JdbcClient jdbc, UUID organisationId, String email) {
		return jdbc.sql("""
				select m.role from memberships m join accounts a on a.id = m.account_id
				where m.organisation_id = ? and a.email = ?
				""").params(organisationId, email).query(String.class).optional().orElse(null);
	}

	public static UUID accountId(JdbcClient jdbc, String email) {
		return jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
	}

}
