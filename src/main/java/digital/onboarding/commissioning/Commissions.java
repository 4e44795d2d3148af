package digital.onboarding.commissioning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commissions and their test runs, with the names of what they name. */
@Repository
class Commissions {

	private static final String SELECT = """
			select c.*, eu.legal_name as end_user_name, eu.ods_code as end_user_ods_code,
			  s.legal_name as supplier_name, p.name as product_name, pv.number as version_number
			from commissions c
			join organisations eu on eu.id = c.end_user_organisation_id
			join organisations s on s.id = c.supplier_organisation_id
			join products p on p.id = c.product_id
			join product_versions pv on pv.id = c.product_version_id
			""";

	private final JdbcClient jdbc;

	Commissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new commission, unless the organisation has one open for the same version
	 * and API.
	 * @return whether it was stored
	 */
	boolean insert(UUID id, UUID endUserOrganisationId, UUID supplierOrganisationId, UUID productId,
			UUID productVersionId, String apiId, String hcid, LocalDate endsOn, Instant at, UUID by) {
		return this.jdbc.sql("""
				insert into commissions (id, end_user_organisation_id, supplier_organisation_id, product_id,
				  product_version_id, api_id, hcid, state, ends_on, commissioned_at, commissioned_by)
				values (?, ?, ?, ?, ?, ?, ?, 'COMMISSIONED', ?, ?, ?)
				on conflict do nothing
				""")
			.params(id, endUserOrganisationId, supplierOrganisationId, productId, productVersionId, apiId, hcid, endsOn,
					Timestamp.from(at), by)
			.update() == 1;
	}

	Optional<Commission> find(UUID id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(Commissions::commission).optional();
	}

	Optional<CommissionHistory> history(UUID id) {
		var runs = runs(id);
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query((rs, n) -> history(rs, runs)).optional();
	}

	/** The organisation's open commission of the version for the API, if it has one. */
	Optional<Commission> open(UUID endUserOrganisationId, UUID productVersionId, String apiId) {
		return this.jdbc.sql(SELECT + """
				where c.end_user_organisation_id = ? and c.product_version_id = ? and c.api_id = ?
				  and c.state not in ('DECLINED', 'NO_GO', 'ENDED')
				""").params(endUserOrganisationId, productVersionId, apiId).query(Commissions::commission).optional();
	}

	List<Commission> ofSupplierProductVersion(UUID supplierOrganisationId, UUID productVersionId, String apiId) {
		return this.jdbc.sql(SELECT + """
				where c.supplier_organisation_id = ? and c.product_version_id = ? and c.api_id = ?
				order by c.commissioned_at, c.id
				""").params(supplierOrganisationId, productVersionId, apiId).query(Commissions::commission).list();
	}

	/** The commissions of a supplier's product, any version and API, oldest first. */
	List<Commission> ofSupplierProduct(UUID supplierOrganisationId, UUID productId) {
		return this.jdbc.sql(SELECT + """
				where c.supplier_organisation_id = ? and c.product_id = ?
				order by c.commissioned_at, c.id
				""").params(supplierOrganisationId, productId).query(Commissions::commission).list();
	}

	/** Every commission of a supplier's products, oldest first. */
	List<Commission> ofSupplier(UUID supplierOrganisationId) {
		return this.jdbc.sql(SELECT + " where c.supplier_organisation_id = ? order by c.commissioned_at, c.id")
			.param(supplierOrganisationId)
			.query(Commissions::commission)
			.list();
	}

	List<Commission> ofEndUserOrganisation(UUID endUserOrganisationId) {
		return this.jdbc.sql(SELECT + " where c.end_user_organisation_id = ? order by c.commissioned_at, c.id")
			.param(endUserOrganisationId)
			.query(Commissions::commission)
			.list();
	}

	List<Commission> live() {
		return this.jdbc.sql(SELECT + " where c.state = 'LIVE' order by c.api_id, eu.legal_name, c.live_at")
			.query(Commissions::commission)
			.list();
	}

	List<Commission> endingOnOrBefore(LocalDate date) {
		return this.jdbc.sql(SELECT + " where c.ends_on <= ? and c.state <> 'ENDED' order by c.ends_on, c.id")
			.param(date)
			.query(Commissions::commission)
			.list();
	}

	/**
	 * What each step records beside the state: when, by whom and, where it takes one, the
	 * reason. Every statement changes the commission only if it is still in the version
	 * read and the state the step starts from.
	 */
	private static final Map<CommissionState, String> STEPS = Map.of(CommissionState.ACCEPTED,
			"answered_at = :at, answered_by = :by", CommissionState.DECLINED,
			"answered_at = :at, answered_by = :by, decline_reason = :reason", CommissionState.INT_SIGNED_OFF,
			"int_signed_off_at = :at, int_signed_off_by = :by", CommissionState.GO,
			"decided_at = :at, decided_by = :by, no_go_reason = null", CommissionState.NO_GO,
			"decided_at = :at, decided_by = :by, no_go_reason = :reason", CommissionState.LIVE,
			"live_at = :at, live_by = :by", CommissionState.ENDED,
			"ended_at = :at, ended_by = :by, end_reason = :reason");

	/**
	 * Stores a step the commission took, if nobody changed it since
	 * {@code expectedVersion} was read.
	 * @return whether it was stored
	 */
	boolean save(CommissionChange change, int expectedVersion) {
		return this.jdbc
			.sql("update commissions set state = :to, " + STEPS.get(change.to()) + ", version = version + 1 "
					+ "where id = :id and version = :version and state = :from")
			.param("to", change.to().name())
			.param("at", Timestamp.from(change.at()))
			.param("by", change.by())
			.param("reason", change.reason())
			.param("id", change.commissionId())
			.param("version", expectedVersion)
			.param("from", change.from().name())
			.update() == 1;
	}

	/**
	 * Counts a change that keeps the state, such as a test run recorded, as a change of
	 * the commission.
	 * @return whether it was still in the expected version and state
	 */
	boolean touch(UUID id, int expectedVersion, CommissionState state) {
		return this.jdbc.sql("update commissions set version = version + 1 where id = ? and version = ? and state = ?")
			.params(id, expectedVersion, state.name())
			.update() == 1;
	}

	void insertRun(UUID id, UUID commissionId, UUID organisationId, LocalDate startedOn, LocalDate endedOn,
			TestOutcome outcome, UUID evidenceId, String notes, Instant at, UUID by) {
		this.jdbc.sql("""
				insert into commission_test_runs (id, commission_id, organisation_id, started_on, ended_on, outcome,
				  evidence_id, notes, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, commissionId, organisationId, startedOn, endedOn, outcome.name(), evidenceId, notes,
					Timestamp.from(at), by)
			.update();
	}

	List<TestRun> runs(UUID commissionId) {
		return this.jdbc.sql("""
				select r.*, o.legal_name as organisation_name, e.filename as evidence_filename
				from commission_test_runs r
				join organisations o on o.id = r.organisation_id
				left join evidence_files e on e.id = r.evidence_id
				where r.commission_id = ? order by r.recorded_at, r.id
				""")
			.param(commissionId)
			.query((rs, n) -> new TestRun(rs.getObject("id", UUID.class), rs.getObject("commission_id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
					rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
					TestOutcome.valueOf(rs.getString("outcome")), rs.getObject("evidence_id", UUID.class),
					rs.getString("evidence_filename"), rs.getString("notes"), instant(rs.getTimestamp("recorded_at")),
					rs.getObject("recorded_by", UUID.class)))
			.list();
	}

	private static Commission commission(ResultSet rs, int rowNumber) throws SQLException {
		return new Commission(rs.getObject("id", UUID.class), rs.getObject("end_user_organisation_id", UUID.class),
				rs.getString("end_user_name"), rs.getString("end_user_ods_code"),
				rs.getObject("supplier_organisation_id", UUID.class), rs.getString("supplier_name"),
				rs.getObject("product_id", UUID.class), rs.getString("product_name"),
				rs.getObject("product_version_id", UUID.class), rs.getString("version_number"), rs.getString("api_id"),
				rs.getString("hcid"), CommissionState.valueOf(rs.getString("state")),
				rs.getObject("ends_on", LocalDate.class), instant(rs.getTimestamp("commissioned_at")),
				instant(rs.getTimestamp("live_at")), rs.getInt("version"));
	}

	private static CommissionHistory history(ResultSet rs, List<TestRun> runs) throws SQLException {
		return new CommissionHistory(commission(rs, 0), instant(rs.getTimestamp("answered_at")),
				rs.getString("decline_reason"), instant(rs.getTimestamp("int_signed_off_at")),
				instant(rs.getTimestamp("decided_at")), rs.getString("no_go_reason"),
				instant(rs.getTimestamp("ended_at")), rs.getString("end_reason"), runs);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
