package digital.onboarding.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications of people with accounts, in the {@code notifications} table: what
 * their list shows, and which comment notices wait for their daily summary.
 */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a notice of a person with an account; {@code emailedAt} is null while it
	 * waits for the daily summary.
	 */
	void add(UUID id, Notice notice, Instant createdAt, Instant emailedAt) {
		this.jdbc.sql("""
				insert into notifications (id, account_id, email, topic, subject, body, path, created_at,
				                           digest_pending, emailed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, notice.accountId(), notice.email(), notice.topic().name(), notice.subject(), notice.body(),
					notice.path(), Timestamp.from(createdAt), emailedAt == null,
					emailedAt == null ? null : Timestamp.from(emailedAt))
			.update();
	}

	/**
	 * Newest first, at most {@code limit}, starting after the given notification of the
	 * same person (keyset on created_at and id, so a page stays put while new ones
	 * arrive). Another person's notification as the start gives nothing.
	 */
	List<Notification> newest(UUID accountId, UUID olderThan, int limit) {
		if (olderThan == null) {
			return this.jdbc.sql("""
					select id, topic, subject, body, path, created_at, read_at from notifications
					where account_id = ? order by created_at desc, id desc limit ?
					""").params(accountId, limit).query(NotificationStore::notification).list();
		}
		return this.jdbc.sql("""
				select id, topic, subject, body, path, created_at, read_at from notifications
				where account_id = ?
				  and (created_at, id) < (select created_at, id from notifications where id = ? and account_id = ?)
				order by created_at desc, id desc limit ?
				""").params(accountId, olderThan, accountId, limit).query(NotificationStore::notification).list();
	}

	int unreadCount(UUID accountId) {
		return this.jdbc.sql("select count(*) from notifications where account_id = ? and read_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	void markRead(UUID accountId, Collection<UUID> ids, Instant at) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				update notifications set read_at = :at
				where account_id = :account and id in (:ids) and read_at is null
				""").param("at", Timestamp.from(at)).param("account", accountId).param("ids", ids).update();
	}

	List<UUID> accountsWithHeldNotices() {
		return this.jdbc.sql("select distinct account_id from notifications where digest_pending")
			.query(UUID.class)
			.list();
	}

	/**
	 * A person's notices waiting for their daily summary, oldest first, locked so that no
	 * other run sends them too.
	 */
	List<Held> heldFor(UUID accountId) {
		return this.jdbc.sql("""
				select id, email, subject, path from notifications
				where account_id = ? and digest_pending
				order by created_at, id
				for update skip locked
				""")
			.param(accountId)
			.query((rs, n) -> new Held(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	void markEmailed(Collection<UUID> ids, Instant at) {
		this.jdbc.sql("update notifications set digest_pending = false, emailed_at = :at where id in (:ids)")
			.param("at", Timestamp.from(at))
			.param("ids", ids)
			.update();
	}

	private static Notification notification(ResultSet rs, int row) throws SQLException {
		var readAt = rs.getTimestamp(7);
		return new Notification(rs.getObject(1, UUID.class), Topic.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
				readAt == null ? null : readAt.toInstant());
	}

	/** A notice waiting for its person's daily summary. */
	record Held(UUID id, String email, String subject, String path) {
	}

}
