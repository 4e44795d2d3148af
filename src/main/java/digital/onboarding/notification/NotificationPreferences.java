package digital.onboarding.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each person chose about being emailed, in {@code notification_preferences}. A
 * person who never chose has the default: every email as it happens.
 */
@Repository
class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CommentDelivery commentDelivery(UUID accountId) {
		return this.jdbc.sql("select comment_delivery from notification_preferences where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(CommentDelivery::valueOf)
			.orElse(CommentDelivery.IMMEDIATE);
	}

	/** The latest choice wins: a person changes only their own, one field at a time. */
	void chooseCommentDelivery(UUID accountId, CommentDelivery delivery, Instant at) {
		this.jdbc.sql("""
				insert into notification_preferences (account_id, comment_delivery, updated_at) values (?, ?, ?)
				on conflict (account_id) do update
				set comment_delivery = excluded.comment_delivery, updated_at = excluded.updated_at
				""").params(accountId, delivery.name(), Timestamp.from(at)).update();
	}

}
