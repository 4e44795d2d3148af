package digital.onboarding.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.Sha256;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the JSON API. Each acts for its owner in one organisation,
 * with whatever role the owner holds there at the time of each request, so removing a
 * member or lowering their role takes effect on their tokens at once. Only a hash of the
 * secret is stored.
 */
@Service
public class AccessTokens {

	/**
	 * Marks the secret as ours, so it can be recognised if it leaks into code or logs.
	 */
	static final String PREFIX = "dos_";

	public static final Duration LONGEST_VALIDITY = Duration.ofDays(366);

	private final JdbcClient jdbc;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, OrganisationAccess access, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** A token just made: the only moment its secret is known. */
	public record NewToken(UUID id, String secret) {
	}

	/** Makes a token for the caller in one of their organisations; any member may. */
	@Transactional
	public NewToken create(UUID organisationId, String name, Duration validity) {
		var membership = this.access.require(organisationId, Need.READ);
		if (validity.isNegative() || validity.isZero() || validity.compareTo(LONGEST_VALIDITY) > 0) {
			throw new IllegalArgumentException("A token lasts between 1 and 366 days");
		}
		var secret = PREFIX + RandomTokens.next();
		var id = UUID.randomUUID();
		var now = this.clock.instant();
		this.jdbc.sql("""
				insert into access_tokens (id, account_id, organisation_id, name, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, membership.accountId(), organisationId, name.strip(), Sha256.hex(secret), Timestamp.from(now),
					Timestamp.from(now.plus(validity)))
			.update();
		this.audit.record(AuditEntry.of("access-token.created", "access-token", id)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Token \"" + name.strip() + "\" created, expiring " + now.plus(validity)));
		return new NewToken(id, secret);
	}

	/** The caller's own tokens in the organisation, newest first. */
	@Transactional(readOnly = true)
	public List<AccessToken> mine(UUID organisationId) {
		var membership = this.access.require(organisationId, Need.READ);
		return this.jdbc.sql("""
				select id, name, created_at, expires_at, last_used_at, revoked_at from access_tokens
				where organisation_id = ? and account_id = ? order by created_at desc
				""").params(organisationId, membership.accountId()).query(AccessToken.class).list();
	}

	/**
	 * Stops one of the caller's tokens. Revoking a token that no longer works changes
	 * nothing.
	 */
	@Transactional
	public void revoke(UUID organisationId, UUID tokenId) {
		var membership = this.access.require(organisationId, Need.READ);
		var name = this.jdbc.sql("""
				select name from access_tokens where id = ? and organisation_id = ? and account_id = ? for update
				""").params(tokenId, organisationId, membership.accountId()).query(String.class).optional();
		if (name.isEmpty()) {
			throw new NotFoundException("Access token");
		}
		int revoked = this.jdbc.sql("update access_tokens set revoked_at = ? where id = ? and revoked_at is null")
			.params(Timestamp.from(this.clock.instant()), tokenId)
			.update();
		if (revoked == 1) {
			this.audit.record(AuditEntry.of("access-token.revoked", "access-token", tokenId)
				.by(membership.accountId())
				.inOrganisation(organisationId)
				.summary("Token \"" + name.get() + "\" revoked"));
		}
	}

	/**
	 * Stops every token a person holds for an organisation they no longer belong to.
	 * @return how many tokens were still live
	 */
	int revokeAll(UUID organisationId, UUID accountId) {
		return this.jdbc.sql("""
				update access_tokens set revoked_at = ?
				where organisation_id = ? and account_id = ? and revoked_at is null
				""").params(Timestamp.from(this.clock.instant()), organisationId, accountId).update();
	}

	/**
	 * Who a secret acts for, if it is a live token whose owner still belongs to its
	 * organisation.
	 */
	@Transactional
	public Optional<ApiCaller> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		var now = Timestamp.from(this.clock.instant());
		var caller = this.jdbc.sql("""
				select t.id as token_id, t.account_id, t.organisation_id, t.name from access_tokens t
				join memberships m on m.organisation_id = t.organisation_id and m.account_id = t.account_id
				where t.token_hash = ? and t.revoked_at is null and t.expires_at > ?
				""").params(Sha256.hex(secret), now).query(ApiCaller.class).optional();
		caller.ifPresent(found -> this.jdbc.sql("update access_tokens set last_used_at = ? where id = ?")
			.params(now, found.tokenId())
			.update());
		return caller;
	}

}
