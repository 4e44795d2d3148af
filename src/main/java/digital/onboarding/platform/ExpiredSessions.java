package digital.onboarding.platform;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions every minute. Spring Session's own scheduler can fire while
 * the database is still being migrated at start-up; application scheduling starts only
 * once the service is ready.
 */
@Component
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "0 * * * * *")
	void delete() {
		this.sessions.cleanUpExpiredSessions();
	}

}
