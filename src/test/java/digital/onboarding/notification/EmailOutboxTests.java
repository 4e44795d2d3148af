package digital.onboarding.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import digital.onboarding.support.Mailbox;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class EmailOutboxTests {

	@Autowired
	EmailOutbox outbox;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anEmailIsStoredWithItsChangeAndSentOnceAfterCommit() {
		var to = People.uniqueEmail("reader");
		var id = this.transactions.execute(status -> this.outbox.queue(new Email(to, "Hello", "Body text")));

		var received = Mailbox.awaitMessageTo(to);
		assertThat(received.subject()).isEqualTo("Hello");
		assertThat(received.body()).contains("Body text");
		awaitStatus(id, "SENT");

		this.delivery.deliverDue();
		assertThat(Mailbox.messagesTo(to)).as("never sent twice").hasSize(1);
	}

	@Test
	void anEmailQueuedInATransactionThatRollsBackIsNeitherKeptNorSent() throws Exception {
		var to = People.uniqueEmail("nobody");
		this.transactions.executeWithoutResult(status -> {
			this.outbox.queue(new Email(to, "Never", "Never sent"));
			status.setRollbackOnly();
		});
		Thread.sleep(500);
		assertThat(Mailbox.messagesTo(to)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from emails where recipient = ?")
			.param(to)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anEmailCanOnlyBeQueuedAsPartOfAChange() {
		assertThatThrownBy(() -> this.outbox.queue(new Email("a@example.org", "No", "No")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void whenTheMailServerIsDownTheEmailWaitsAndIsRetriedLater() {
		var to = People.uniqueEmail("patient");
		Mailbox.stop();
		UUID id;
		try {
			id = this.transactions.execute(status -> this.outbox.queue(new Email(to, "Later", "Worth the wait")));
			awaitAttempts(id, 1);
			assertThat(this.jdbc.sql("select status from emails where id = ?").param(id).query(String.class).single())
				.isEqualTo("QUEUED");
			assertThat(this.jdbc.sql("select next_attempt_at from emails where id = ?")
				.param(id)
				.query(Timestamp.class)
				.single()
				.toInstant()).isAfter(Instant.now().plusSeconds(30));
		}
		finally {
			Mailbox.start();
		}
		this.delivery.deliverDue();
		assertThat(Mailbox.messagesTo(to)).as("not due yet").isEmpty();

		this.jdbc.sql("update emails set next_attempt_at = now() where id = ?").param(id).update();
		this.delivery.deliverDue();
		assertThat(Mailbox.awaitMessageTo(to).subject()).isEqualTo("Later");
		awaitStatus(id, "SENT");
		this.delivery.deliverDue();
		assertThat(Mailbox.messagesTo(to)).as("delivered exactly once").hasSize(1);
	}

	@Test
	void retriesWaitLongerEachTimeUpToAnHour() {
		var properties = new MailProperties("from@example.org", Duration.ofMinutes(1), 12);
		assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(properties.delayAfter(11)).isEqualTo(Duration.ofHours(1));
	}

	private void awaitStatus(UUID id, String expected) {
		await(() -> expected
			.equals(this.jdbc.sql("select status from emails where id = ?").param(id).query(String.class).single()));
	}

	private void awaitAttempts(UUID id, int attempts) {
		await(() -> this.jdbc.sql("select attempts from emails where id = ?")
			.param(id)
			.query(Integer.class)
			.single() >= attempts);
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 15 seconds").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
