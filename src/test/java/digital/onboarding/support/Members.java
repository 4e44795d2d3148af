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

}
