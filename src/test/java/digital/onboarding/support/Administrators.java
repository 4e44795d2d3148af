package digital.onboarding.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Administrators for tests that share one service. The service makes only its first
 * administrator itself (see {@code DefaultConfigurationTests}), so later ones are
 * accounts created through the real pages and given the role directly in the database.
 */
public final class Administrators {

	private Administrators() {
	}

	/**
	 * Makes the active account with this address an administrator from its next sign-in.
	 */
	public static void appoint(JdbcClient jdbc, String email) {
		jdbc.sql("""
				insert into platform_roles (account_id, role, granted_at)
				select id, 'ADMINISTRATOR', now() from accounts where email = ? and status = 'ACTIVE'
				""").param(email).update();
	}

}
