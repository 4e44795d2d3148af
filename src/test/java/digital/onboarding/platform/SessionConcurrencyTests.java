package digital.onboarding.platform;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of one session run at once (a page and its assets, a double click), and each
 * may add what the session did not have yet, such as its CSRF token.
 */
@ServiceTest
class SessionConcurrencyTests {

	private static final int REQUESTS = 4;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void requestsOfOneSessionAddingTheSameAttributeAtOnceAllSucceed() throws Exception {
		race(this.sessions);
	}

	private <S extends Session> void race(SessionRepository<S> sessions) throws Exception {
		var threads = Executors.newFixedThreadPool(REQUESTS);
		try {
			for (int trial = 0; trial < 20; trial++) {
				var session = sessions.createSession();
				sessions.save(session);
				var together = new CyclicBarrier(REQUESTS);
				var requests = new ArrayList<Future<Void>>();
				for (int i = 0; i < REQUESTS; i++) {
					var value = "token-" + i;
					Callable<Void> request = () -> {
						var mine = sessions.findById(session.getId());
						mine.setAttribute("org.springframework.security.web.csrf.CsrfToken", value);
						together.await();
						sessions.save(mine);
						return null;
					};
					requests.add(threads.submit(request));
				}
				for (var request : requests) {
					request.get();
				}
				assertThat((String) sessions.findById(session.getId())
					.getAttribute("org.springframework.security.web.csrf.CsrfToken")).startsWith("token-");
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

}
