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

/** The environment accesses asked for, granted and refused. */
@Repository
class EnvironmentAccesses {

	private final JdbcClient jdbc;

	EnvironmentAccesses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new access unless an open or granted one exists for the same version, API,
	 * environment and commission, or the reference is taken.
	 * @return whether it was stored
	 */
	boolean insert(EnvironmentAccess access) {
		return this.jdbc
			.sql("""
					insert into environment_accesses (id, reference, organisation_id, product_id, product_version_id, api_id,
					  environment, commission_id, end_user_organisation_name, status, requested_at, requested_by,
					  decided_at, decided_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict do nothing
					""")
			.params(access.id(), access.reference(), access.organisationId(), access.productId(),
					access.productVersionId(), access.apiId(), access.environment().name(), access.commissionId(),
					access.endUserOrganisationName(), access.status().name(), Timestamp.from(access.requestedAt()),
					access.requestedBy(), timestamp(access.decidedAt()), access.decidedBy())
			.update() == 1;
	}

	Optional<EnvironmentAccess> find(UUID id) {
		return this.jdbc.sql("select * from environment_accesses where id = ?")
			.param(id)
			.query(EnvironmentAccesses::access)
			.optional();
	}

	/** The access not refused for the version, API, environment and commission. */
	Optional<EnvironmentAccess> current(UUID productVersionId, String apiId, Environment environment,
			UUID commissionId) {
		return this.jdbc.sql("""
				select * from environment_accesses
				where product_version_id = ? and api_id = ? and environment = ? and status <> 'REFUSED'
				  and commission_id is not distinct from ?
				""")
			.params(productVersionId, apiId, environment.name(), commissionId)
			.query(EnvironmentAccesses::access)
			.optional();
	}

	/** A product's accesses, by version, API, environment and then newest first. */
	List<EnvironmentAccess> ofProduct(UUID organisationId, UUID productId) {
		return this.jdbc.sql("""
				select * from environment_accesses where organisation_id = ? and product_id = ?
				order by product_version_id, api_id, environment, requested_at desc
				""").params(organisationId, productId).query(EnvironmentAccesses::access).list();
	}

	/** Production accesses of the APIs waiting for a staff decision, the oldest first. */
	List<EnvironmentAccess> openProduction(List<String> apiIds) {
		return this.jdbc.sql("""
				select * from environment_accesses
				where environment = 'PRODUCTION' and status in ('REQUESTED', 'RECOMMENDED') and api_id = any (?)
				order by requested_at
				""").param(apiIds.toArray(String[]::new)).query(EnvironmentAccesses::access).list();
	}

	boolean referenceInUse(String reference) {
		return this.jdbc.sql("select exists (select 1 from environment_accesses where reference = ?)")
			.param(reference)
			.query(Boolean.class)
			.single();
	}

	/**
	 * @return whether the access was still at the version read
	 */
	boolean recommend(UUID id, int version, UUID staffId, Instant at) {
		return this.jdbc.sql("""
				update environment_accesses set status = 'RECOMMENDED', recommended_by = ?, recommended_at = ?,
				  version = version + 1
				where id = ? and version = ? and status = 'REQUESTED'
				""").params(staffId, Timestamp.from(at), id, version).update() == 1;
	}

	/**
	 * @return whether the access was still at the version read
	 */
	boolean decide(UUID id, int version, AccessStatus status, UUID staffId, Instant at, String reason) {
		return this.jdbc.sql("""
				update environment_accesses set status = ?, decided_by = ?, decided_at = ?, refusal_reason = ?,
				  version = version + 1
				where id = ? and version = ? and status in ('REQUESTED', 'RECOMMENDED')
				""").params(status.name(), staffId, Timestamp.from(at), reason, id, version).update() == 1;
	}

	private static EnvironmentAccess access(ResultSet rs, int row) throws SQLException {
		return new EnvironmentAccess(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("organisation_id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getObject("product_version_id", UUID.class), rs.getString("api_id"),
				Environment.valueOf(rs.getString("environment")), rs.getObject("commission_id", UUID.class),
				rs.getString("end_user_organisation_name"), AccessStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("requested_at")), rs.getObject("requested_by", UUID.class),
				instant(rs.getTimestamp("recommended_at")), rs.getObject("recommended_by", UUID.class),
				instant(rs.getTimestamp("decided_at")), rs.getObject("decided_by", UUID.class),
				rs.getString("refusal_reason"), rs.getInt("version"));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
