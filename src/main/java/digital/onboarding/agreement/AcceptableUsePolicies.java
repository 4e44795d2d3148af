package digital.onboarding.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published texts of the acceptable use policy and the policies issued to end user
 * organisations.
 */
@Repository
class AcceptableUsePolicies {

	private final JdbcClient jdbc;

	AcceptableUsePolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AcceptableUseText currentText() {
		return this.jdbc.sql("select * from acceptable_use_texts order by version desc limit 1")
			.query(AcceptableUsePolicies::text)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No acceptable use policy is published"));
	}

	List<AcceptableUseText> texts() {
		return this.jdbc.sql("select * from acceptable_use_texts order by version desc")
			.query(AcceptableUsePolicies::text)
			.list();
	}

	AcceptableUseText publish(String text, UUID administratorId, Instant at) {
		// One version at a time keeps version numbers gapless and in order.
		this.jdbc.sql("lock table acceptable_use_texts in exclusive mode").update();
		int version = this.jdbc.sql("select coalesce(max(version), 0) + 1 from acceptable_use_texts")
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into acceptable_use_texts (version, text, published_at, published_by) values (?, ?, ?, ?)")
			.params(version, text, Timestamp.from(at), administratorId)
			.update();
		return currentText();
	}

	/**
	 * @return whether it was recorded; not if the organisation already has a policy
	 * waiting for its signatory
	 */
	boolean insert(AcceptableUsePolicy policy, String linkHash) {
		return this.jdbc.sql("""
				insert into acceptable_use_policies (id, organisation_id, text_version, text, text_sha256,
				  signatory_name, signatory_role, signatory_email, state, issued_at, link_hash, link_expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?)
				on conflict do nothing
				""")
			.params(policy.id(), policy.organisationId(), policy.textVersion(), policy.text(), policy.textSha256(),
					policy.signatoryName(), policy.signatoryRole(), policy.signatoryEmail(),
					Timestamp.from(policy.issuedAt()), linkHash, Timestamp.from(policy.linkExpiresAt()))
			.update() == 1;
	}

	Optional<AcceptableUsePolicy> find(UUID id) {
		return this.jdbc.sql("select * from acceptable_use_policies where id = ?")
			.param(id)
			.query(AcceptableUsePolicies::policy)
			.optional();
	}

	Optional<AcceptableUsePolicy> byLink(String linkHash) {
		return this.jdbc.sql("select * from acceptable_use_policies where link_hash = ?")
			.param(linkHash)
			.query(AcceptableUsePolicies::policy)
			.optional();
	}

	Optional<AcceptableUsePolicy> byCopy(String copyHash) {
		return this.jdbc.sql("select * from acceptable_use_policies where copy_hash = ?")
			.param(copyHash)
			.query(AcceptableUsePolicies::policy)
			.optional();
	}

	/** The organisation's policies, the newest first. */
	List<AcceptableUsePolicy> of(UUID organisationId) {
		return this.jdbc.sql("select * from acceptable_use_policies where organisation_id = ? order by issued_at desc")
			.param(organisationId)
			.query(AcceptableUsePolicies::policy)
			.list();
	}

	Optional<AcceptableUsePolicy> inState(UUID organisationId, AgreementState state) {
		return this.jdbc.sql("select * from acceptable_use_policies where organisation_id = ? and state = ?")
			.params(organisationId, state.name())
			.query(AcceptableUsePolicies::policy)
			.optional();
	}

	/**
	 * For each organisation whose policy in force or waiting is of a version older than
	 * this one, that policy: the waiting one if there are both, since it names the
	 * signatory the organisation chose last.
	 */
	List<AcceptableUsePolicy> inForceOrWaitingBefore(int version) {
		return this.jdbc.sql("""
				select distinct on (organisation_id) * from acceptable_use_policies
				where state in ('ACTIVE', 'ISSUED') and text_version < ?
				order by organisation_id, state = 'ISSUED' desc
				""").param(version).query(AcceptableUsePolicies::policy).list();
	}

	/** Withdraws the policy waiting for the organisation's signatory, if there is one. */
	Optional<AcceptableUsePolicy> withdrawIssued(UUID organisationId, Instant at) {
		return this.jdbc.sql("""
				update acceptable_use_policies set state = 'SUPERSEDED', superseded_at = ?, link_hash = null
				where organisation_id = ? and state = 'ISSUED' returning *
				""").params(Timestamp.from(at), organisationId).query(AcceptableUsePolicies::policy).optional();
	}

	void replaceLink(UUID id, String linkHash, Instant expiresAt) {
		this.jdbc.sql("update acceptable_use_policies set link_hash = ?, link_expires_at = ? where id = ?")
			.params(linkHash, Timestamp.from(expiresAt), id)
			.update();
	}

	/**
	 * Records the acceptance, if the policy still waits for it and its link has not
	 * expired; the policy it replaces is superseded first, as only one is in force.
	 * @return whether this acceptance was recorded
	 */
	boolean accept(AcceptableUsePolicy policy, String name, String role, Instant at, String from, String sha256,
			String copyHash) {
		this.jdbc.sql("""
				update acceptable_use_policies set state = 'SUPERSEDED', superseded_at = ?
				where organisation_id = ? and state = 'ACTIVE'
				  and exists (select 1 from acceptable_use_policies
				              where id = ? and state = 'ISSUED' and link_expires_at > ?)
				""").params(Timestamp.from(at), policy.organisationId(), policy.id(), Timestamp.from(at)).update();
		return this.jdbc.sql("""
				update acceptable_use_policies set state = 'ACTIVE', accepted_name = ?, accepted_role = ?,
				  accepted_at = ?, accepted_from = ?, accepted_sha256 = ?, copy_hash = ?
				where id = ? and state = 'ISSUED' and link_expires_at > ?
				""")
			.params(name, role, Timestamp.from(at), from, sha256, copyHash, policy.id(), Timestamp.from(at))
			.update() == 1;
	}

	private static AcceptableUseText text(ResultSet rs, int rowNumber) throws SQLException {
		return new AcceptableUseText(rs.getInt("version"), rs.getString("text"),
				rs.getTimestamp("published_at").toInstant());
	}

	private static AcceptableUsePolicy policy(ResultSet rs, int rowNumber) throws SQLException {
		return new AcceptableUsePolicy(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getInt("text_version"), rs.getString("text"), rs.getString("text_sha256"),
				rs.getString("signatory_name"), rs.getString("signatory_role"), rs.getString("signatory_email"),
				AgreementState.valueOf(rs.getString("state")), instant(rs.getTimestamp("issued_at")),
				instant(rs.getTimestamp("link_expires_at")), rs.getString("accepted_name"),
				rs.getString("accepted_role"), instant(rs.getTimestamp("accepted_at")), rs.getString("accepted_from"),
				rs.getString("accepted_sha256"), instant(rs.getTimestamp("superseded_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
