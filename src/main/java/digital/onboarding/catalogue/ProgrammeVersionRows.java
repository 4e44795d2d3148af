package digital.onboarding.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programme versions written in the service, as stored; the database refuses any
 * change to a published one.
 */
@Repository
class ProgrammeVersionRows {

	private final JdbcClient jdbc;

	ProgrammeVersionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ProgrammeVersion> find(UUID id) {
		return this.jdbc.sql("select * from programme_versions where id = ?")
			.param(id)
			.query(ProgrammeVersion.class)
			.optional();
	}

	Optional<ProgrammeVersion> draft(String apiId) {
		return this.jdbc.sql("select * from programme_versions where api_id = ? and status = 'DRAFT'")
			.param(apiId)
			.query(ProgrammeVersion.class)
			.optional();
	}

	/** A published version by its number, without its text, which is read once. */
	record Published(UUID id, String programmeVersion) {
	}

	/** The API's published versions, in no particular order. */
	List<Published> publishedNumbers(String apiId) {
		return this.jdbc
			.sql("select id, programme_version from programme_versions where api_id = ? and status = 'PUBLISHED'")
			.param(apiId)
			.query(Published.class)
			.list();
	}

	/** The API's published versions, in no particular order. */
	List<ProgrammeVersion> published(String apiId) {
		return this.jdbc.sql("select * from programme_versions where api_id = ? and status = 'PUBLISHED'")
			.param(apiId)
			.query(ProgrammeVersion.class)
			.list();
	}

	/**
	 * Starts the API's draft, unless one was started meanwhile.
	 * @return whether this call started it
	 */
	boolean insertDraft(String apiId, String programmeVersion, String yaml, UUID authorId, Instant now) {
		return this.jdbc
			.sql("""
					insert into programme_versions (id, api_id, programme_version, yaml, status, author_id, created_at, updated_at, updated_by)
					values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)
					on conflict (api_id) where status = 'DRAFT' do nothing
					""")
			.params(UUID.randomUUID(), apiId, programmeVersion, yaml, authorId, Timestamp.from(now),
					Timestamp.from(now), authorId)
			.update() == 1;
	}

	/**
	 * @return whether the draft was still at {@code expectedVersion}
	 */
	boolean saveDraft(UUID id, int expectedVersion, String programmeVersion, String yaml, UUID by, Instant now) {
		return this.jdbc
			.sql("""
					update programme_versions set programme_version = ?, yaml = ?, updated_at = ?, updated_by = ?, version = version + 1
					where id = ? and status = 'DRAFT' and version = ?
					""")
			.params(programmeVersion, yaml, Timestamp.from(now), by, id, expectedVersion)
			.update() == 1;
	}

	/**
	 * @return whether the draft was still at {@code expectedVersion}
	 */
	boolean publish(UUID id, int expectedVersion, String fingerprint, UUID by, Instant now) {
		return this.jdbc.sql("""
				update programme_versions set status = 'PUBLISHED', fingerprint = ?, published_at = ?, published_by = ?,
				  updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and status = 'DRAFT' and version = ?
				""")
			.params(fingerprint, Timestamp.from(now), by, Timestamp.from(now), by, id, expectedVersion)
			.update() == 1;
	}

}
