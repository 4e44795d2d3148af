package digital.onboarding.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions are kept in PostgreSQL, so every node can serve every request and a restart
 * signs nobody out.
 */
@Configuration(proxyBeanMethods = false)
// Expired sessions are deleted by ExpiredSessions instead of Spring Session's own
// scheduler.
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 30 * 60, cleanupCron = Scheduled.CRON_DISABLED)
class SessionConfiguration {

	/**
	 * Writes a session attribute as an upsert: two requests of one session that add the
	 * same attribute at once (a new session's CSRF token, say) would otherwise collide on
	 * its key, and one would fail.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
