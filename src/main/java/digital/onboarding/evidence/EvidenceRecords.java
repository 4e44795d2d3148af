package digital.onboarding.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of accepted evidence files. */
@Repository
class EvidenceRecords {

	private final JdbcClient jdbc;

	EvidenceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Evidence evidence, String storageKey) {
		this.jdbc.sql("""
				insert into evidence_files (id, organisation_id, filename, media_type, size, sha256, uploaded_by,
				  uploaded_at, storage_key, scan_result, expires_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(evidence.id(), evidence.organisationId(), evidence.filename(), evidence.mediaType(),
					evidence.size(), evidence.sha256(), evidence.uploadedBy(), Timestamp.from(evidence.uploadedAt()),
					storageKey, evidence.scanResult().name(), evidence.expiresOn())
			.update();
	}

	Optional<Stored> find(UUID organisationId, UUID evidenceId) {
		return this.jdbc.sql("select * from evidence_files where id = ? and organisation_id = ?")
			.params(evidenceId, organisationId)
			.query(EvidenceRecords::map)
			.optional();
	}

	Optional<Stored> find(UUID evidenceId) {
		return this.jdbc.sql("select * from evidence_files where id = ?")
			.param(evidenceId)
			.query(EvidenceRecords::map)
			.optional();
	}

	/** The organisation's files, newest first. */
	List<Evidence> ofOrganisation(UUID organisationId) {
		return this.jdbc.sql("select * from evidence_files where organisation_id = ? order by uploaded_at desc, id")
			.param(organisationId)
			.query(EvidenceRecords::map)
			.list()
			.stream()
			.map(Stored::evidence)
			.toList();
	}

	/** Every file with an expiry date, soonest first. */
	List<Evidence> expiring() {
		return this.jdbc.sql("select * from evidence_files where expires_on is not null order by expires_on, id")
			.query(EvidenceRecords::map)
			.list()
			.stream()
			.map(Stored::evidence)
			.toList();
	}

	/**
	 * Sets the expiry date at the version read.
	 * @return false if someone changed it meanwhile
	 */
	boolean changeExpiry(UUID organisationId, UUID evidenceId, int expectedVersion, LocalDate expiresOn) {
		return this.jdbc.sql("""
				update evidence_files set expires_on = ?, version = version + 1
				where id = ? and organisation_id = ? and version = ?
				""").params(expiresOn, evidenceId, organisationId, expectedVersion).update() == 1;
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		return new Stored(
				new Evidence(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
						rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"),
						rs.getString("sha256"), rs.getObject("uploaded_by", UUID.class),
						rs.getTimestamp("uploaded_at").toInstant(), ScanResult.valueOf(rs.getString("scan_result")),
						rs.getObject("expires_on", LocalDate.class), rs.getInt("version")),
				rs.getString("storage_key"));
	}

	/** A record with where its content is kept, which stays inside this module. */
	record Stored(Evidence evidence, String storageKey) {
	}

}
