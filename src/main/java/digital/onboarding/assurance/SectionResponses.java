package digital.onboarding.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers of each section of a product version, and the revisions submitted.
 */
@Repository
class SectionResponses {

	/** A section's answers as stored. */
	record Row(UUID id, String sectionKey, Map<String, Object> answers, SectionStatus status, Instant pickedUpAt,
			Instant updatedAt, int version) {
	}

	/** A submitted revision. */
	record Revision(UUID id, int number, Map<String, Object> answers, Instant submittedAt) {
	}

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SectionResponses(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Row> find(UUID productVersionId, String sectionKey) {
		return this.jdbc.sql("select * from section_responses where product_version_id = ? and section_key = ?")
			.params(productVersionId, sectionKey)
			.query(this::row)
			.optional();
	}

	/** Every section of the version that has answers, in one query. */
	List<Row> all(UUID productVersionId) {
		return this.jdbc.sql("select * from section_responses where product_version_id = ?")
			.param(productVersionId)
			.query(this::row)
			.list();
	}

	private Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("section_key"),
				this.json.readValue(rs.getString("answers"), ANSWERS), SectionStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("picked_up_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
	}

	/**
	 * Stores the answers if nobody saved the section since {@code expectedVersion} was
	 * read.
	 * @throws OptimisticLockingFailureException otherwise
	 */
	void save(UUID organisationId, UUID productVersionId, String sectionKey, int expectedVersion,
			Map<String, Object> answers, SectionStatus status, UUID by, Instant now) {
		var text = this.json.writeValueAsString(answers);
		int updated = this.jdbc
			.sql("""
					update section_responses set answers = ?::jsonb, status = ?, updated_at = ?, updated_by = ?, version = version + 1
					where product_version_id = ? and section_key = ? and version = ?
					""")
			.params(text, status.name(), Timestamp.from(now), by, productVersionId, sectionKey, expectedVersion)
			.update();
		if (updated == 1) {
			return;
		}
		if (expectedVersion != 0 || find(productVersionId, sectionKey).isPresent()) {
			throw new OptimisticLockingFailureException(
					"Section " + sectionKey + " changed since version " + expectedVersion);
		}
		try {
			this.jdbc
				.sql("""
						insert into section_responses (id, organisation_id, product_version_id, section_key, answers, status, updated_at, updated_by, version)
						values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, 1)
						""")
				.params(UUID.randomUUID(), organisationId, productVersionId, sectionKey, text, status.name(),
						Timestamp.from(now), by)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new OptimisticLockingFailureException("Section " + sectionKey + " was started at the same time", ex);
		}
	}

	/**
	 * Moves the section from one status to another if it is still at
	 * {@code expectedVersion}.
	 * @return whether it moved
	 */
	boolean move(UUID responseId, int expectedVersion, List<SectionStatus> from, SectionStatus to, UUID by,
			Instant now) {
		return this.jdbc.sql("""
				update section_responses set status = ?, updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and version = ? and status = any (?) and picked_up_at is null
				""")
			.params(to.name(), Timestamp.from(now), by, responseId, expectedVersion,
					from.stream().map(Enum::name).toArray(String[]::new))
			.update() == 1;
	}

	Revision addRevision(UUID responseId, Map<String, Object> answers, String programmeVersions, UUID by, Instant now) {
		var id = UUID.randomUUID();
		int number = latestRevision(responseId) + 1;
		this.jdbc
			.sql("""
					insert into section_revisions (id, section_response_id, number, answers, programme_versions, submitted_at, submitted_by)
					values (?, ?, ?, ?::jsonb, ?, ?, ?)
					""")
			.params(id, responseId, number, this.json.writeValueAsString(answers), programmeVersions,
					Timestamp.from(now), by)
			.update();
		return new Revision(id, number, answers, now);
	}

	/** The number of the latest revision, which is how many there are; 0 before any. */
	int latestRevision(UUID responseId) {
		return this.jdbc.sql("select coalesce(max(number), 0) from section_revisions where section_response_id = ?")
			.param(responseId)
			.query(Integer.class)
			.single();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
