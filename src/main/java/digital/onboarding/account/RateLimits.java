package digital.onboarding.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts attempts in a sliding window, in the database so every node sees the same count.
 */
@Component
class RateLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A limit of so many attempts in a window of time. */
	record Limit(int attempts, Duration window) {
	}

	boolean isExceeded(String bucket, Limit limit) {
		var since = Timestamp.from(this.clock.instant().minus(limit.window()));
		int count = this.jdbc.sql("select count(*) from rate_limit_hits where bucket = ? and occurred_at > ?")
			.params(bucket, since)
			.query(Integer.class)
			.single();
		return count >= limit.attempts();
	}

	/** Counts an attempt even if the caller's transaction is rolled back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void hit(String bucket) {
		this.jdbc.sql("insert into rate_limit_hits (bucket, occurred_at) values (?, ?)")
			.params(bucket, Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Records an attempt if the limit allows it.
	 * @return whether the attempt may go ahead
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean tryAcquire(String bucket, Limit limit) {
		if (isExceeded(bucket, limit)) {
			return false;
		}
		hit(bucket);
		return true;
	}

	void clear(String bucket) {
		this.jdbc.sql("delete from rate_limit_hits where bucket = ?").param(bucket).update();
	}

	/** Old attempts count for nothing; every window in use is far shorter than a day. */
	@Scheduled(cron = "${onboarding.rate-limits.cleanup-cron:0 7 * * * *}")
	void forgetOldHits() {
		this.jdbc.sql("delete from rate_limit_hits where occurred_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
