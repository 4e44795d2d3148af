package digital.onboarding.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The credentials stored for environment accesses: API key hashes and public keys. */
@Repository
class Credentials {

	private final JdbcClient jdbc;

	Credentials(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return whether it was stored: not if the access has an API key in force already,
	 * or the same public key or JWKS address (unique indexes decide, so racing requests
	 * cannot both succeed)
	 */
	boolean insert(Credential credential, String keyHash) {
		return this.jdbc.sql("""
				insert into environment_credentials (id, access_id, kind, key_hash, key_hint, public_key_pem,
				  key_description, key_thumbprint, jwks_url, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(credential.id(), credential.accessId(), credential.kind().name(), keyHash, credential.keyHint(),
					credential.publicKeyPem(), credential.keyDescription(), credential.keyThumbprint(),
					credential.jwksUrl(), Timestamp.from(credential.createdAt()), credential.createdBy())
			.update() == 1;
	}

	Optional<Credential> find(UUID id) {
		return this.jdbc.sql("select * from environment_credentials where id = ?")
			.param(id)
			.query(Credentials::credential)
			.optional();
	}

	/** An access's credentials, the newest first. */
	List<Credential> ofAccess(UUID accessId) {
		return this.jdbc.sql("select * from environment_credentials where access_id = ? order by created_at desc, id")
			.param(accessId)
			.query(Credentials::credential)
			.list();
	}

	/**
	 * @return whether it was active until now
	 */
	boolean revoke(UUID id, UUID by, Instant at) {
		return this.jdbc.sql("""
				update environment_credentials set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null
				""").params(Timestamp.from(at), by, id).update() == 1;
	}

	private static Credential credential(ResultSet rs, int row) throws SQLException {
		return new Credential(rs.getObject("id", UUID.class), rs.getObject("access_id", UUID.class),
				Credential.Kind.valueOf(rs.getString("kind")), rs.getString("key_hint"), rs.getString("public_key_pem"),
				rs.getString("key_description"), rs.getString("key_thumbprint"), rs.getString("jwks_url"),
				EnvironmentAccesses.instant(rs.getTimestamp("created_at")), rs.getObject("created_by", UUID.class),
				EnvironmentAccesses.instant(rs.getTimestamp("revoked_at")), rs.getObject("revoked_by", UUID.class));
	}

}
