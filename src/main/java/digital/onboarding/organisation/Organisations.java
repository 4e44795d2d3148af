package digital.onboarding.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored organisations and their memberships.
 */
@Repository
class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the organisation unless its ODS code is taken. */
	boolean insert(Organisation organisation) {
		return this.jdbc.sql("""
				insert into organisations (id, legal_name, ods_code, kind, created_at) values (?, ?, ?, ?, ?)
				on conflict (ods_code) do nothing
				""")
			.params(organisation.id(), organisation.legalName(), organisation.odsCode(), organisation.kind().name(),
					Timestamp.from(organisation.createdAt()))
			.update() == 1;
	}

	Optional<Organisation> findById(UUID id) {
		return this.jdbc.sql("select * from organisations where id = ?").param(id).query(Organisations::map).optional();
	}

	/** Every organisation that gave a DSPT status, for the service's own checks. */
	List<Organisation> withDspt() {
		return this.jdbc.sql("select * from organisations where dspt_status is not null order by dspt_published, id")
			.query(Organisations::map)
			.list();
	}

	/**
	 * Records the DSPT status at the version read.
	 * @return false if someone changed the organisation meanwhile
	 */
	boolean changeDspt(UUID id, int expectedVersion, Dspt dspt) {
		return this.jdbc.sql("""
				update organisations set dspt_status = ?, dspt_published = ?, version = version + 1
				where id = ? and version = ?
				""").params(dspt.status().value(), dspt.published(), id, expectedVersion).update() == 1;
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		var status = rs.getString("dspt_status");
		return new Organisation(rs.getObject("id", UUID.class), rs.getString("legal_name"), rs.getString("ods_code"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant(),
				status == null ? null : DsptStatus.fromValue(status).orElseThrow(),
				rs.getObject("dspt_published", LocalDate.class), rs.getInt("version"));
	}

	boolean odsCodeInUse(String odsCode) {
		return this.jdbc.sql("select exists (select 1 from organisations where ods_code = ?)")
			.param(odsCode)
			.query(Boolean.class)
			.single();
	}

	List<MyOrganisation> ofAccount(UUID accountId) {
		return this.jdbc.sql("""
				select o.id, o.legal_name, o.ods_code, o.kind, m.role from organisations o
				join memberships m on m.organisation_id = o.id where m.account_id = ? order by lower(o.legal_name)
				""").param(accountId).query(MyOrganisation.class).list();
	}

}
