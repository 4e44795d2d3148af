package digital.onboarding.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules tell people about things that need them: a submission, a decision, a
 * comment, a reply, something overdue. Each notice is listed on its person's
 * notifications page (if they have an account) and emailed through the
 * {@link EmailOutbox}, either at once or, for comments and replies, in the person's daily
 * summary if they chose one.
 */
@Service
public class Notifications {

	/** How many notifications a page of the list holds. */
	public static final int PAGE_SIZE = 50;

	private final NotificationStore store;

	private final NotificationPreferences preferences;

	private final NoticeEmails emails;

	private final EmailOutbox outbox;

	private final Clock clock;

	Notifications(NotificationStore store, NotificationPreferences preferences, NoticeEmails emails, EmailOutbox outbox,
			Clock clock) {
		this.store = store;
		this.preferences = preferences;
		this.emails = emails;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Sends a notice as part of the caller's change: it is listed and emailed exactly
	 * when that change commits. A comment or reply to a person who chose the daily
	 * summary is listed now and emailed with the next summary; everything else is emailed
	 * at once.
	 * @param notice what to tell whom
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Notice notice) {
		var now = this.clock.instant();
		if (notice.accountId() == null) {
			this.outbox.queue(this.emails.notice(notice));
			return;
		}
		if (notice.topic().isComment()
				&& this.preferences.commentDelivery(notice.accountId()) == CommentDelivery.DAILY_DIGEST) {
			this.store.add(UUID.randomUUID(), notice, now, null);
			return;
		}
		this.store.add(UUID.randomUUID(), notice, now, now);
		this.outbox.queue(this.emails.notice(notice));
	}

	/**
	 * Sends each notice as {@link #send(Notice)} does, except that a person gets only the
	 * first of several notices about the same path. A person is the same if either the
	 * account or the email address is, so someone named both as a member and as a contact
	 * hears once.
	 * @param notices what to tell whom, in the order to keep when some repeat
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void sendAll(Collection<Notice> notices) {
		var told = new HashSet<String>();
		var distinct = new ArrayList<Notice>();
		for (var notice : notices) {
			var byEmail = "email " + notice.email().strip().toLowerCase(Locale.ROOT) + " " + notice.path();
			var byAccount = notice.accountId() == null ? null : "account " + notice.accountId() + " " + notice.path();
			if (told.contains(byEmail) || (byAccount != null && told.contains(byAccount))) {
				continue;
			}
			told.add(byEmail);
			if (byAccount != null) {
				told.add(byAccount);
			}
			distinct.add(notice);
		}
		distinct.forEach(this::send);
	}

	/** How many of a person's notifications they have not yet seen in their list. */
	@Transactional(readOnly = true)
	public int unreadCount(UUID accountId) {
		return this.store.unreadCount(accountId);
	}

	/**
	 * A page of a person's notifications, newest first.
	 * @param accountId whose list; only their own notifications are ever returned
	 * @param olderThan the last notification of the previous page
	 * ({@link NotificationPage#olderThan()}), or {@code null} for the newest
	 * @return at most {@link #PAGE_SIZE} notifications
	 */
	@Transactional(readOnly = true)
	public NotificationPage list(UUID accountId, UUID olderThan) {
		var found = this.store.newest(accountId, olderThan, PAGE_SIZE + 1);
		return found.size() > PAGE_SIZE ? new NotificationPage(found.subList(0, PAGE_SIZE), true)
				: new NotificationPage(found, false);
	}

	/**
	 * Marks notifications as seen by their person; ids of notifications that are not
	 * theirs, or already read, are passed over.
	 */
	@Transactional
	public void markRead(UUID accountId, Collection<UUID> notificationIds) {
		this.store.markRead(accountId, notificationIds, this.clock.instant());
	}

	/** How a person wants to be emailed about comments and replies. */
	@Transactional(readOnly = true)
	public CommentDelivery commentDelivery(UUID accountId) {
		return this.preferences.commentDelivery(accountId);
	}

	/**
	 * Records how a person wants to be emailed about comments and replies from now on.
	 * Notices already held for their daily summary still go with it.
	 */
	@Transactional
	public void chooseCommentDelivery(UUID accountId, CommentDelivery delivery) {
		this.preferences.chooseCommentDelivery(accountId, delivery, this.clock.instant());
	}

}
