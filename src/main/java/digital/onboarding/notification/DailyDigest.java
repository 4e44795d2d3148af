package digital.onboarding.notification;

import java.time.Clock;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, emails each person who chose a daily summary the comments and replies held
 * for it. Each person's summary is one transaction: the email is queued and the notices
 * are marked as emailed together, so a run that stops halfway, or a second run, never
 * sends a notice twice.
 */
@Component
class DailyDigest {

	private final NotificationStore store;

	private final NoticeEmails emails;

	private final EmailOutbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyDigest(NotificationStore store, NoticeEmails emails, EmailOutbox outbox, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.emails = emails;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The lock keeps other nodes from running at the same time; it is released as soon as
	 * the run ends, since what was sent is no longer held and cannot be sent again.
	 */
	@Scheduled(cron = "${onboarding.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "notifications-daily-digest", lockAtMostFor = "PT30M")
	void sendDigests() {
		this.store.accountsWithHeldNotices()
			.forEach(accountId -> this.transactions.executeWithoutResult(status -> sendDigest(accountId)));
	}

	private void sendDigest(UUID accountId) {
		var held = this.store.heldFor(accountId);
		if (held.isEmpty()) {
			return;
		}
		// The address the newest notice was sent to, in case the person's address
		// changed.
		var recipient = held.get(held.size() - 1).email();
		this.outbox.queue(this.emails.dailySummary(recipient, held));
		this.store.markEmailed(held.stream().map(NotificationStore.Held::id).toList(), this.clock.instant());
	}

}
