package digital.onboarding.assurance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applications of product versions, one per API chosen.
 */
@Repository
class Applications {

	/** An application as stored. */
	record Row(UUID id, UUID organisationId, UUID productVersionId, String apiId, String programmeVersion,
			Instant openedAt, Instant closedAt, Instant rejectedAt) {
	}

	private final JdbcClient jdbc;

	Applications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens the application, or reopens it if the API was chosen before; a rejected one
	 * stays closed until the applicant starts again.
	 * @return whether it was opened now, rather than open already or rejected
	 */
	boolean open(UUID organisationId, UUID productVersionId, String apiId, String programmeVersion, Instant now) {
		return this.jdbc.sql("""
				insert into applications (id, organisation_id, product_version_id, api_id, programme_version, opened_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (product_version_id, api_id) do update set closed_at = null
				where applications.rejected_at is null and applications.closed_at is not null
				""")
			.params(UUID.randomUUID(), organisationId, productVersionId, apiId, programmeVersion, Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Closes the version's open applications for APIs no longer chosen; answers stay.
	 * @return the APIs whose applications closed
	 */
	List<String> closeAllBut(UUID productVersionId, List<String> apiIds, Instant now) {
		return this.jdbc.sql("""
				update applications set closed_at = ?
				where product_version_id = ? and closed_at is null and not (api_id = any (?))
				returning api_id
				""")
			.params(Timestamp.from(now), productVersionId, apiIds.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/** The version's open applications, by API id. */
	List<Row> openFor(UUID organisationId, UUID productVersionId) {
		return this.jdbc.sql("""
				select * from applications
				where organisation_id = ? and product_version_id = ? and closed_at is null order by api_id
				""").params(organisationId, productVersionId).query(Row.class).list();
	}

	/**
	 * Moves an open application to another version of its programme.
	 * @return whether it was on {@code fromVersion}
	 */
	boolean moveTo(UUID productVersionId, String apiId, String fromVersion, String toVersion) {
		return this.jdbc.sql("""
				update applications set programme_version = ?
				where product_version_id = ? and api_id = ? and programme_version = ? and closed_at is null
				""").params(toVersion, productVersionId, apiId, fromVersion).update() == 1;
	}

	/** Closes the applications a rejected section belonged to. */
	void reject(UUID productVersionId, Collection<String> apiIds, Instant now) {
		this.jdbc.sql("""
				update applications set closed_at = ?, rejected_at = ?
				where product_version_id = ? and closed_at is null and api_id = any (?)
				""")
			.params(Timestamp.from(now), Timestamp.from(now), productVersionId, apiIds.toArray(String[]::new))
			.update();
	}

	/**
	 * Reopens a rejected application.
	 * @return whether it was rejected
	 */
	boolean startAgain(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				update applications set closed_at = null, rejected_at = null
				where product_version_id = ? and api_id = ? and rejected_at is not null
				""").params(productVersionId, apiId).update() == 1;
	}

	/** The version's rejected applications, by API id. */
	List<Row> rejectedFor(UUID organisationId, UUID productVersionId) {
		return this.jdbc.sql("""
				select * from applications
				where organisation_id = ? and product_version_id = ? and rejected_at is not null order by api_id
				""").params(organisationId, productVersionId).query(Row.class).list();
	}

}
