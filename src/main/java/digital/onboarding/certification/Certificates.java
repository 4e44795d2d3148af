package digital.onboarding.certification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored certificates.
 */
@Repository
class Certificates {

	private static final String COLUMNS = """
			id, organisation_id, product_id, product_version_id, api_id, api_name, organisation_name, product_name,
			product_module, version_number, connection_type, issued_on, issued_at, expires_on, payload, jws, kid, status,
			status_reason, status_changed_at, superseded_by, version
			""";

	private final JdbcClient jdbc;

	Certificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextId(String apiCode, int year) {
		var number = this.jdbc.sql("select nextval('certificate_numbers')").query(Long.class).single();
		return "TCC-%s-%d-%06d".formatted(apiCode, year, number);
	}

	/** Stores a certificate unless one is already in force for its version and API. */
	boolean insert(Certificate certificate) {
		return this.jdbc.sql("insert into certificates (" + COLUMNS + """
				) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (product_version_id, api_id) where status not in ('REVOKED', 'EXPIRED') do nothing
				""")
			.params(certificate.id(), certificate.organisationId(), certificate.productId(),
					certificate.productVersionId(), certificate.apiId(), certificate.apiName(),
					certificate.organisationName(), certificate.productName(), certificate.productModule(),
					certificate.versionNumber(), certificate.connectionType(), certificate.issuedOn(),
					Timestamp.from(certificate.issuedAt()), certificate.expiresOn(), certificate.payload(),
					certificate.jws(), certificate.kid(), certificate.status().name(), null, null, null, 0)
			.update() == 1;
	}

	boolean inForce(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				select exists (select 1 from certificates
				where product_version_id = ? and api_id = ? and status not in ('REVOKED', 'EXPIRED'))
				""").params(productVersionId, apiId).query(Boolean.class).single();
	}

	boolean valid(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				select exists (select 1 from certificates
				where product_version_id = ? and api_id = ? and status = 'VALID')
				""").params(productVersionId, apiId).query(Boolean.class).single();
	}

	Optional<Certificate> find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from certificates where id = ?")
			.param(id)
			.query(Certificates::map)
			.optional();
	}

	/**
	 * The product's certificates for the API other than the one given, still in force.
	 */
	List<Certificate> othersInForce(UUID productId, String apiId, String exceptId) {
		return this.jdbc.sql("select " + COLUMNS + """
				from certificates where product_id = ? and api_id = ? and id <> ? and status in ('VALID', 'SUSPENDED')
				""").params(productId, apiId, exceptId).query(Certificates::map).list();
	}

	List<Certificate> ofProduct(UUID organisationId, UUID productId) {
		return this.jdbc.sql("select " + COLUMNS + """
				from certificates where organisation_id = ? and product_id = ? order by issued_at desc, id desc
				""").params(organisationId, productId).query(Certificates::map).list();
	}

	List<Certificate> ofApis(List<String> apiIds) {
		if (apiIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				from certificates where api_id in (:apiIds) order by issued_at desc, id desc
				""").param("apiIds", apiIds).query(Certificates::map).list();
	}

	List<Certificate> valid() {
		return this.jdbc
			.sql("select " + COLUMNS
					+ """
							from certificates where status = 'VALID' order by api_name, lower(organisation_name), lower(product_name)
							""")
			.query(Certificates::map)
			.list();
	}

	/** Certificates in force or expired, by the day they expire, for the expiry radar. */
	List<Certificate> withExpiry() {
		return this.jdbc.sql("select " + COLUMNS + """
				from certificates where status in ('VALID', 'SUSPENDED', 'EXPIRED') order by expires_on, id
				""").query(Certificates::map).list();
	}

	/** Moves the status at the version read; false if someone changed it meanwhile. */
	boolean changeStatus(String id, int expectedVersion, CertificateStatus from, CertificateStatus to, String reason,
			String supersededBy, UUID changedBy, Instant at) {
		return this.jdbc.sql("""
				update certificates set status = ?, status_reason = ?, superseded_by = ?, status_changed_by = ?,
				  status_changed_at = ?, version = version + 1
				where id = ? and version = ? and status = ?
				""")
			.params(to.name(), reason, supersededBy, changedBy, Timestamp.from(at), id, expectedVersion, from.name())
			.update() == 1;
	}

	private static Certificate map(ResultSet rs, int row) throws SQLException {
		var changedAt = rs.getTimestamp("status_changed_at");
		return new Certificate(rs.getString("id"), rs.getObject("organisation_id", UUID.class),
				rs.getObject("product_id", UUID.class), rs.getObject("product_version_id", UUID.class),
				rs.getString("api_id"), rs.getString("api_name"), rs.getString("organisation_name"),
				rs.getString("product_name"), rs.getString("product_module"), rs.getString("version_number"),
				rs.getString("connection_type"), rs.getObject("issued_on", LocalDate.class),
				rs.getTimestamp("issued_at").toInstant(), rs.getObject("expires_on", LocalDate.class),
				rs.getString("payload"), rs.getString("jws"), rs.getString("kid"),
				CertificateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				changedAt == null ? null : changedAt.toInstant(), rs.getString("superseded_by"), rs.getInt("version"));
	}

}
