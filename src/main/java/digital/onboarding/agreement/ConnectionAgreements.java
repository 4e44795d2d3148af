package digital.onboarding.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agreements issued, with their links' hashes and acceptances. */
@Repository
class ConnectionAgreements {

	private final JdbcClient jdbc;

	ConnectionAgreements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a newly issued agreement, unless one was already issued for the same
	 * revision (or as the same re-issue) by another run of the listener.
	 * @return whether it was stored
	 */
	boolean insert(ConnectionAgreement agreement, String linkHash) {
		return this.jdbc.sql("""
				insert into connection_agreements (id, reference, organisation_id, product_id, product_version_id,
				  revision_id, api_ids, text_version, text, text_sha256, signatory_name, signatory_role,
				  signatory_email, state, issued_at, link_hash, link_expires_at, replaces)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(agreement.id(), agreement.reference().value(), agreement.organisationId(), agreement.productId(),
					agreement.productVersionId(), agreement.revisionId(), agreement.apiIds().toArray(String[]::new),
					agreement.textVersion(), agreement.text(), agreement.textSha256(), agreement.signatoryName(),
					agreement.signatoryRole(), agreement.signatoryEmail(), agreement.state().name(),
					Timestamp.from(agreement.issuedAt()), linkHash, Timestamp.from(agreement.linkExpiresAt()),
					agreement.replaces())
			.update() == 1;
	}

	boolean referenceInUse(AgreementReference reference) {
		return this.jdbc.sql("select exists (select 1 from connection_agreements where reference = ?)")
			.param(reference.value())
			.query(Boolean.class)
			.single();
	}

	Optional<ConnectionAgreement> find(UUID id) {
		return this.jdbc.sql("select * from connection_agreements where id = ?")
			.param(id)
			.query(ConnectionAgreements::agreement)
			.optional();
	}

	/** The first agreement issued for a revision of the connection agreement section. */
	Optional<ConnectionAgreement> firstFor(UUID revisionId) {
		return this.jdbc.sql("select * from connection_agreements where revision_id = ? and replaces is null")
			.param(revisionId)
			.query(ConnectionAgreements::agreement)
			.optional();
	}

	Optional<ConnectionAgreement> byLink(String linkHash) {
		return this.jdbc.sql("select * from connection_agreements where link_hash = ?")
			.param(linkHash)
			.query(ConnectionAgreements::agreement)
			.optional();
	}

	Optional<ConnectionAgreement> byCopy(String copyHash) {
		return this.jdbc.sql("select * from connection_agreements where copy_hash = ?")
			.param(copyHash)
			.query(ConnectionAgreements::agreement)
			.optional();
	}

	/** A product's agreements, the newest first. */
	List<ConnectionAgreement> ofProduct(UUID organisationId, UUID productId) {
		return this.jdbc.sql("""
				select * from connection_agreements where organisation_id = ? and product_id = ?
				order by issued_at desc, reference desc
				""").params(organisationId, productId).query(ConnectionAgreements::agreement).list();
	}

	/** Agreements waiting for their signatory, whose link expires. */
	List<ConnectionAgreement> awaitingAcceptance() {
		return this.jdbc.sql("""
				select * from connection_agreements where state = 'ISSUED' and link_expires_at is not null
				order by link_expires_at, id
				""").query(ConnectionAgreements::agreement).list();
	}

	boolean activeCovering(UUID productVersionId, String apiId) {
		return this.jdbc.sql("""
				select exists (select 1 from connection_agreements
				where product_version_id = ? and state = 'ACTIVE' and ? = any (api_ids))
				""").params(productVersionId, apiId).query(Boolean.class).single();
	}

	/** Active agreements accepted under an older version than this one. */
	List<ConnectionAgreement> activeBefore(int version) {
		return this.jdbc.sql("select * from connection_agreements where state = 'ACTIVE' and text_version < ?")
			.param(version)
			.query(ConnectionAgreements::agreement)
			.list();
	}

	/** Withdraws an unaccepted re-issue, as a newer one takes its place. */
	void withdrawReissuesOf(UUID replacedId, Instant now) {
		this.jdbc.sql("""
				update connection_agreements set state = 'SUPERSEDED', superseded_at = ?
				where replaces = ? and state = 'ISSUED'
				""").params(Timestamp.from(now), replacedId).update();
	}

	/**
	 * Withdraws the unaccepted first agreement of a revision; its link then says so.
	 * @return the agreement withdrawn, if there was one
	 */
	Optional<ConnectionAgreement> withdrawIssuedFor(UUID revisionId, Instant now) {
		var issued = firstFor(revisionId).filter(ConnectionAgreement::isAwaitingAcceptance);
		issued.ifPresent(agreement -> this.jdbc.sql("""
				update connection_agreements set state = 'SUPERSEDED', superseded_at = ?
				where id = ? and state = 'ISSUED'
				""").params(Timestamp.from(now), agreement.id()).update());
		return issued;
	}

	void replaceLink(UUID id, String linkHash, Instant expiresAt) {
		this.jdbc.sql("update connection_agreements set link_hash = ?, link_expires_at = ? where id = ?")
			.params(linkHash, Timestamp.from(expiresAt), id)
			.update();
	}

	/**
	 * Records the acceptance, if the agreement still waits for it and its link has not
	 * expired.
	 * @return whether this acceptance was recorded
	 */
	boolean accept(UUID id, String name, String role, Instant at, String from, int version, String sha256,
			String copyHash) {
		return this.jdbc.sql("""
				update connection_agreements set state = 'ACTIVE', accepted_name = ?, accepted_role = ?,
				  accepted_at = ?, accepted_from = ?, accepted_version = ?, accepted_sha256 = ?, copy_hash = ?
				where id = ? and state = 'ISSUED' and link_expires_at > ?
				""")
			.params(name, role, Timestamp.from(at), from, version, sha256, copyHash, id, Timestamp.from(at))
			.update() == 1;
	}

	void supersede(UUID id, Instant at) {
		this.jdbc.sql("""
				update connection_agreements set state = 'SUPERSEDED', superseded_at = ?
				where id = ? and state = 'ACTIVE'
				""").params(Timestamp.from(at), id).update();
	}

	private static ConnectionAgreement agreement(ResultSet rs, int rowNumber) throws SQLException {
		return new ConnectionAgreement(rs.getObject("id", UUID.class),
				new AgreementReference(rs.getString("reference")), rs.getObject("organisation_id", UUID.class),
				rs.getObject("product_id", UUID.class), rs.getObject("product_version_id", UUID.class),
				rs.getObject("revision_id", UUID.class), Arrays.asList((String[]) rs.getArray("api_ids").getArray()),
				rs.getInt("text_version"), rs.getString("text"), rs.getString("text_sha256"),
				rs.getString("signatory_name"), rs.getString("signatory_role"), rs.getString("signatory_email"),
				AgreementState.valueOf(rs.getString("state")), instant(rs.getTimestamp("issued_at")),
				instant(rs.getTimestamp("link_expires_at")), rs.getString("accepted_name"),
				rs.getString("accepted_role"), instant(rs.getTimestamp("accepted_at")), rs.getString("accepted_from"),
				rs.getObject("accepted_version", Integer.class), rs.getString("accepted_sha256"),
				rs.getObject("replaces", UUID.class), instant(rs.getTimestamp("superseded_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
