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

	/** A section's answers as stored, and the steps the applicant may take with them. */
	record Row(UUID id, UUID organisationId, UUID productVersionId, String sectionKey, Map<String, Object> answers,
			SectionStatus status, Instant pickedUpAt, Instant updatedAt, int version, Instant decidedAt,
			String decisionReason, List<String> changedQuestions) {

		/**
		 * Sends the answers for review: from in progress, or as a reviewer sent them
		 * back.
		 */
		SectionChange submit(UUID by, Instant at) {
			if (this.status != SectionStatus.IN_PROGRESS && !this.status.isReturned()) {
				throw new SectionTransitionRefusedException(this.status, "cannot be submitted");
			}
			return new SectionChange(this.id, this.status, SectionStatus.SUBMITTED, by, at);
		}

		/**
		 * Takes submitted answers back to change them, until a reviewer picks them up.
		 */
		SectionChange withdraw(UUID by, Instant at) {
			if (this.status != SectionStatus.SUBMITTED) {
				throw new SectionTransitionRefusedException("Only a submitted section can be withdrawn");
			}
			if (this.pickedUpAt != null) {
				throw new SectionTransitionRefusedException(
						"A reviewer has started on this section, so it can no longer be withdrawn");
			}
			return new SectionChange(this.id, this.status, SectionStatus.IN_PROGRESS, by, at);
		}

	}

	/** A submitted revision. */
	record Revision(UUID id, UUID responseId, int number, Map<String, Object> answers, String programmeVersions,
			Instant submittedAt, UUID submittedBy) {
	}

	private static final String ONE_SECTION = "select * from section_responses where product_version_id = ? "
			+ "and section_key = ?";

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> QUESTION_IDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SectionResponses(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Row> find(UUID productVersionId, String sectionKey) {
		return this.jdbc.sql(ONE_SECTION).params(productVersionId, sectionKey).query(this::row).optional();
	}

	/**
	 * The section's answers, locked until the transaction ends, so that two submissions
	 * of one section take turns and the second sees what the first made.
	 */
	Optional<Row> findForUpdate(UUID productVersionId, String sectionKey) {
		return this.jdbc.sql(ONE_SECTION + " for update")
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

	Optional<Row> byId(UUID responseId) {
		return this.jdbc.sql("select * from section_responses where id = ?")
			.param(responseId)
			.query(this::row)
			.optional();
	}

	private Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("product_version_id", UUID.class), rs.getString("section_key"),
				this.json.readValue(rs.getString("answers"), ANSWERS), SectionStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("picked_up_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"),
				instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"),
				this.json.readValue(rs.getString("changed_questions"), QUESTION_IDS));
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
	 * Stores a step the applicant took, if nobody changed the section since
	 * {@code expectedVersion} was read and no reviewer has picked it up.
	 * @return whether it was stored
	 */
	boolean save(SectionChange change, int expectedVersion) {
		return this.jdbc.sql("""
				update section_responses set status = ?, updated_at = ?, updated_by = ?, version = version + 1,
				  changed_questions = case when ? = 'SUBMITTED' then '[]' else changed_questions end
				where id = ? and version = ? and status = ? and picked_up_at is null
				""")
			.params(change.to().name(), Timestamp.from(change.at()), change.by(), change.to().name(),
					change.responseId(), expectedVersion, change.from().name())
			.update() == 1;
	}

	/**
	 * Carries the section's answers over to a newer programme version: the answers that
	 * still count, its status after the move, and the questions it now asks anew.
	 * @return whether it was still at {@code expectedVersion}
	 */
	boolean carryOver(UUID responseId, int expectedVersion, Map<String, Object> answers, SectionStatus status,
			List<String> changedQuestions, UUID by, Instant now) {
		return this.jdbc.sql("""
				update section_responses set answers = ?::jsonb, status = ?, changed_questions = ?::jsonb,
				  updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(this.json.writeValueAsString(answers), status.name(),
					this.json.writeValueAsString(changedQuestions), Timestamp.from(now), by, responseId,
					expectedVersion)
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
		return new Revision(id, responseId, number, answers, programmeVersions, now, by);
	}

	Optional<Revision> revision(UUID revisionId) {
		return this.jdbc.sql("select * from section_revisions where id = ?")
			.param(revisionId)
			.query(this::revisionRow)
			.optional();
	}

	/** Every revision of a section, the first first. */
	List<Revision> revisions(UUID responseId) {
		return this.jdbc.sql("select * from section_revisions where section_response_id = ? order by number")
			.param(responseId)
			.query(this::revisionRow)
			.list();
	}

	private Revision revisionRow(ResultSet rs, int rowNumber) throws SQLException {
		return new Revision(rs.getObject("id", UUID.class), rs.getObject("section_response_id", UUID.class),
				rs.getInt("number"), this.json.readValue(rs.getString("answers"), ANSWERS),
				rs.getString("programme_versions"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("submitted_by", UUID.class));
	}

	/**
	 * Records that a reviewer started on the submitted section, which ends withdrawal.
	 */
	void pickUp(UUID responseId, Instant now) {
		this.jdbc.sql("""
				update section_responses set picked_up_at = coalesce(picked_up_at, ?)
				where id = ? and status = 'SUBMITTED'
				""").params(Timestamp.from(now), responseId).update();
	}

	/**
	 * Moves a submitted section to the decided status, ready for the applicant again.
	 * @return whether it was still submitted
	 */
	boolean decide(UUID responseId, SectionStatus status, String reason, UUID by, Instant now) {
		return this.jdbc.sql("""
				update section_responses set status = ?, decided_at = ?, decision_reason = ?, picked_up_at = null,
				  updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and status = 'SUBMITTED'
				""")
			.params(status.name(), Timestamp.from(now), reason, Timestamp.from(now), by, responseId)
			.update() == 1;
	}

	/** Opens rejected sections again for a new application; their answers stay. */
	void reopenRejected(UUID productVersionId, List<String> sectionKeys, UUID by, Instant now) {
		this.jdbc
			.sql("""
					update section_responses set status = 'IN_PROGRESS', updated_at = ?, updated_by = ?, version = version + 1
					where product_version_id = ? and status = 'REJECTED' and section_key = any (?)
					""")
			.params(Timestamp.from(now), by, productVersionId, sectionKeys.toArray(String[]::new))
			.update();
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
