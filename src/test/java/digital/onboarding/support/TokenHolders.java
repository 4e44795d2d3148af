package digital.onboarding.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import digital.onboarding.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation with an owner holding a personal access token, put straight into the
 * database, for tests and benchmarks that reach the service over HTTP and have no pages
 * to sign up through.
 */
public final class TokenHolders {

	private TokenHolders() {
	}

	public static TokenHolder create(JdbcClient jdbc, String legalName) {
		var account = UUID.randomUUID();
		var organisation = UUID.randomUUID();
		var token = "dos_" + UUID.randomUUID().toString().replace("-", "");
		var now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into accounts (id, email, first_name, last_name, password_hash, status, terms_version,
				  terms_accepted_at, created_at, activated_at)
				values (?, ?, 'Token', 'Holder', 'not-a-password', 'ACTIVE', 'test', ?, ?, ?)
				""").params(account, People.uniqueEmail("token"), now, now, now).update();
		jdbc.sql(
				"insert into organisations (id, legal_name, ods_code, kind, created_at) values (?, ?, ?, 'SUPPLIER', ?)")
			.params(organisation, legalName, Organisations.uniqueOdsCode(), now)
			.update();
		jdbc.sql("insert into memberships (organisation_id, account_id, role, joined_at) values (?, ?, 'OWNER', ?)")
			.params(organisation, account, now)
			.update();
		jdbc.sql("""
				insert into access_tokens (id, account_id, organisation_id, name, token_hash, created_at, expires_at)
				values (?, ?, ?, 'Direct', ?, ?, ?)
				""")
			.params(UUID.randomUUID(), account, organisation, Sha256.hex(token), now,
					Timestamp.from(Instant.now().plus(Duration.ofDays(1))))
			.update();
		return new TokenHolder(organisation, token);
	}

	/** The owner's organisation and the secret of their token. */
	public record TokenHolder(UUID organisationId, String token) {
	}

}
