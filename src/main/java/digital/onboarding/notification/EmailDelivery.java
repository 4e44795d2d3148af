package digital.onboarding.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued email by SMTP, or writes it to the log when no SMTP server is configured.
 * Each message is locked while it is sent, so two nodes never send the same one; a
 * failure is retried later with a growing delay.
 */
@Component
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EmailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(EmailQueued event) {
		deliver(event.emailId());
	}

	@Scheduled(fixedDelayString = "${onboarding.mail.poll-interval:PT30S}")
	void deliverDue() {
		this.jdbc.sql(
				"select id from emails where status = 'QUEUED' and next_attempt_at <= ? order by next_attempt_at limit 50")
			.param(Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.list()
			.forEach(id -> this.transactions.executeWithoutResult(status -> deliver(id)));
	}

	/** Sends one message if it is still queued and no other node holds it. */
	private void deliver(UUID id) {
		this.jdbc.sql(
				"select recipient, subject, body, attempts from emails where id = ? and status = 'QUEUED' for update skip locked")
			.param(id)
			.query((rs, n) -> new Pending(id, new Email(rs.getString(1), rs.getString(2), rs.getString(3)),
					rs.getInt(4)))
			.optional()
			.ifPresent(this::send);
	}

	private void send(Pending pending) {
		var now = Timestamp.from(this.clock.instant());
		var sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Email to {} (no SMTP server configured, so it is shown here)\nSubject: {}\n\n{}",
					pending.email().recipient(), pending.email().subject(), pending.email().body());
			markDelivered(pending.id(), "LOGGED", now);
			return;
		}
		try {
			sender.send(message(pending.email()));
			markDelivered(pending.id(), "SENT", now);
		}
		catch (MailException ex) {
			int attempts = pending.attempts() + 1;
			var failed = attempts >= this.properties.maxAttempts();
			log.warn("Email {} not delivered (attempt {}{}): {}", pending.id(), attempts, failed ? ", giving up" : "",
					ex.getMessage());
			this.jdbc.sql("""
					update emails set attempts = ?, last_error = ?, status = ?, next_attempt_at = ? where id = ?
					""")
				.params(attempts, ex.getMessage(), failed ? "FAILED" : "QUEUED",
						Timestamp.from(this.clock.instant().plus(this.properties.delayAfter(attempts))), pending.id())
				.update();
		}
	}

	private void markDelivered(UUID id, String status, Timestamp at) {
		this.jdbc.sql("update emails set status = ?, attempts = attempts + 1, delivered_at = ? where id = ?")
			.params(status, at, id)
			.update();
	}

	private SimpleMailMessage message(Email email) {
		var message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(email.recipient());
		message.setSubject(email.subject());
		message.setText(email.body());
		return message;
	}

	private record Pending(UUID id, Email email, int attempts) {
	}

}
