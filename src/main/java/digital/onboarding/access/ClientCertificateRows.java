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

/** The client certificates given, with what was recorded of each. */
@Repository
class ClientCertificateRows {

	/** Each certificate with the product its access is for, which pages link through. */
	private static final String SELECT = """
			select c.*, a.product_id from client_certificates c join environment_accesses a on a.id = c.access_id
			""";

	private final JdbcClient jdbc;

	ClientCertificateRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ClientCertificate certificate) {
		this.jdbc
			.sql("""
					insert into client_certificates (id, access_id, organisation_id, chain_id, purpose, pem, subject, issuer,
					  serial, sha256, not_before, not_after, uploaded_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(certificate.id(), certificate.accessId(), certificate.organisationId(), certificate.chainId(),
					certificate.purpose().name(), certificate.pem(), certificate.subject(), certificate.issuer(),
					certificate.serial(), certificate.sha256(), Timestamp.from(certificate.notBefore()),
					Timestamp.from(certificate.notAfter()), Timestamp.from(certificate.uploadedAt()),
					certificate.uploadedBy())
			.update();
	}

	/**
	 * Holds the access's row until the transaction ends, so that two uploads to it, such
	 * as a form sent twice, run one after the other.
	 */
	void lockAccess(UUID accessId) {
		this.jdbc.sql("select id from environment_accesses where id = ? for update")
			.param(accessId)
			.query(UUID.class)
			.optional();
	}

	Optional<ClientCertificate> find(UUID id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(ClientCertificateRows::certificate).optional();
	}

	/** An access's certificates, the newest upload first, each root first. */
	List<ClientCertificate> ofAccess(UUID accessId) {
		return this.jdbc.sql("""
				%s where c.access_id = ?
				order by c.uploaded_at desc, c.chain_id,
				  array_position(array['ROOT', 'INTERMEDIATE', 'MTLS', 'SIGNING'], c.purpose)
				""".formatted(SELECT)).param(accessId).query(ClientCertificateRows::certificate).list();
	}

	/**
	 * Usable certificates whose validity ends on or before the moment, the soonest first.
	 */
	List<ClientCertificate> usableEndingBy(Instant end) {
		return this.jdbc.sql("""
				%s where c.unusable_at is null and c.not_after <= ?
				order by c.not_after, c.id
				""".formatted(SELECT)).param(Timestamp.from(end)).query(ClientCertificateRows::certificate).list();
	}

	/**
	 * @return whether it was usable until now
	 */
	boolean markUnusable(UUID id, Instant at, String reason) {
		return this.jdbc.sql("""
				update client_certificates set unusable_at = ?, unusable_reason = ? where id = ? and unusable_at is null
				""").params(Timestamp.from(at), reason, id).update() == 1;
	}

	private static ClientCertificate certificate(ResultSet rs, int row) throws SQLException {
		return new ClientCertificate(rs.getObject("id", UUID.class), rs.getObject("access_id", UUID.class),
				rs.getObject("organisation_id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("chain_id", UUID.class), CertificatePurpose.valueOf(rs.getString("purpose")),
				rs.getString("pem"), rs.getString("subject"), rs.getString("issuer"), rs.getString("serial"),
				rs.getString("sha256"), EnvironmentAccesses.instant(rs.getTimestamp("not_before")),
				EnvironmentAccesses.instant(rs.getTimestamp("not_after")),
				EnvironmentAccesses.instant(rs.getTimestamp("uploaded_at")), rs.getObject("uploaded_by", UUID.class),
				EnvironmentAccesses.instant(rs.getTimestamp("unusable_at")), rs.getString("unusable_reason"));
	}

}
