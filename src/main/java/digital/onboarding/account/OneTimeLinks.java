package digital.onboarding.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Links that work once and expire: activation, password reset and the first
 * administrator. The link carries a random token; only its SHA-256 is stored, so a copy
 * of the database opens nothing.
 */
@Component
class OneTimeLinks {

	enum Purpose {

		ACTIVATION, PASSWORD_RESET, FIRST_ADMINISTRATOR

	}

	/**
	 * What a token turned out to be, and whose account it belongs to (empty for unknown
	 * tokens).
	 */
	record Check(LinkStatus status, UUID accountId) {

		boolean isValid() {
			return this.status == LinkStatus.VALID;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeLinks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a new token and returns it; the caller puts it in a link and forgets it. */
	String issue(Purpose purpose, UUID accountId, Duration validity) {
		var token = RandomTokens.next();
		var now = this.clock.instant();
		this.jdbc.sql("""
				insert into account_tokens (token_hash, purpose, account_id, created_at, expires_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(Sha256.hex(token), purpose.name(), accountId, Timestamp.from(now),
					Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/** Looks at a token without using it up, for the page a link opens. */
	Check check(Purpose purpose, String token) {
		return find(purpose, token, false);
	}

	/**
	 * Uses a token up if it is valid. The row is locked, so of two clicks at once only
	 * one succeeds and the other sees it already used.
	 */
	Check redeem(Purpose purpose, String token) {
		var check = find(purpose, token, true);
		if (check.isValid()) {
			this.jdbc.sql("update account_tokens set used_at = ? where token_hash = ?")
				.params(Timestamp.from(this.clock.instant()), Sha256.hex(token))
				.update();
		}
		return check;
	}

	/** Makes every outstanding link of this kind for the account stop working. */
	void revokeAll(Purpose purpose, UUID accountId) {
		this.jdbc
			.sql("""
					update account_tokens set used_at = ? where purpose = ? and account_id is not distinct from ? and used_at is null
					""")
			.params(Timestamp.from(this.clock.instant()), purpose.name(), accountId)
			.update();
	}

	private Check find(Purpose purpose, String token, boolean lock) {
		if (token == null || token.length() > 100) {
			return new Check(LinkStatus.UNKNOWN, null);
		}
		Optional<Row> row = this.jdbc
			.sql("select account_id, expires_at, used_at from account_tokens where token_hash = ? and purpose = ?"
					+ (lock ? " for update" : ""))
			.params(Sha256.hex(token), purpose.name())
			.query(Row.class)
			.optional();
		if (row.isEmpty()) {
			return new Check(LinkStatus.UNKNOWN, null);
		}
		var found = row.get();
		if (found.usedAt() != null) {
			return new Check(LinkStatus.USED, found.accountId());
		}
		if (!found.expiresAt().isAfter(this.clock.instant())) {
			return new Check(LinkStatus.EXPIRED, found.accountId());
		}
		return new Check(LinkStatus.VALID, found.accountId());
	}

	private record Row(UUID accountId, Instant expiresAt, Instant usedAt) {
	}

}
