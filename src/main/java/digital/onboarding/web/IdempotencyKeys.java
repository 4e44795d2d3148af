package digital.onboarding.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The answers kept for requests sent with an {@code Idempotency-Key}, one per token and
 * key. Each statement commits on its own: a claim must be seen by a concurrent request at
 * once, not when the request that made it ends.
 */
@Repository
class IdempotencyKeys {

	/** How long a key keeps its answer. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	/**
	 * A claim with no answer after this long belongs to a request that never finished
	 * (its node stopped), and may be taken over.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return whether this request now holds the key and should be carried out
	 */
	boolean claim(UUID tokenId, String key, String fingerprint) {
		var now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				insert into idempotency_keys (token_id, key, fingerprint, claimed_at) values (?, ?, ?, ?)
				on conflict do nothing
				""").params(tokenId, key, fingerprint, now).update() == 1;
	}

	Optional<Kept> find(UUID tokenId, String key) {
		return this.jdbc
			.sql("select fingerprint, status, content_type, location, body from idempotency_keys "
					+ "where token_id = ? and key = ?")
			.params(tokenId, key)
			.query((rs, row) -> new Kept(rs.getString("fingerprint"), (Integer) rs.getObject("status"),
					rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")))
			.optional();
	}

	void answer(UUID tokenId, String key, int status, String contentType, String location, byte[] body) {
		this.jdbc.sql("""
				update idempotency_keys set status = ?, content_type = ?, location = ?, body = ?
				where token_id = ? and key = ?
				""").params(status, contentType, location, body, tokenId, key).update();
	}

	/** Lets the key go, so the request may be sent again: it failed without an answer. */
	void release(UUID tokenId, String key) {
		this.jdbc.sql("delete from idempotency_keys where token_id = ? and key = ?").params(tokenId, key).update();
	}

	/**
	 * Frees a key whose answer is past keeping, or whose claim was abandoned, so that
	 * {@link #claim} can take it.
	 */
	void releaseIfStale(UUID tokenId, String key) {
		var now = this.clock.instant();
		this.jdbc.sql("""
				delete from idempotency_keys where token_id = ? and key = ?
				and (claimed_at < ? or (status is null and claimed_at < ?))
				""")
			.params(tokenId, key, Timestamp.from(now.minus(KEPT_FOR)), Timestamp.from(now.minus(ABANDONED_AFTER)))
			.update();
	}

	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "idempotency-keys")
	void deleteExpired() {
		this.jdbc.sql("delete from idempotency_keys where claimed_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(KEPT_FOR)))
			.update();
	}

	/** A key's record; {@code status} is empty while the first request is in hand. */
	record Kept(String fingerprint, Integer status, String contentType, String location, byte[] body) {

		boolean answered() {
			return this.status != null;
		}

	}

}
