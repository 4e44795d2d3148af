package digital.onboarding.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules hand over email. A queued message is part of the caller's transaction: it
 * exists exactly when the change that caused it was committed, and is delivered only
 * after that.
 */
@Service
public class EmailOutbox {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EmailOutbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID queue(Email email) {
		var id = UUID.randomUUID();
		var now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into emails (id, recipient, subject, body, status, next_attempt_at, created_at)
				values (?, ?, ?, ?, 'QUEUED', ?, ?)
				""").params(id, email.recipient(), email.subject(), email.body(), now, now).update();
		this.events.publishEvent(new EmailQueued(id));
		return id;
	}

}
