package digital.onboarding.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations to join an organisation. The emailed token is kept only as its hash.
 */
@Repository
class Invitations {

	/** A stored invitation, whatever its state. */
	record Row(UUID id, UUID organisationId, String email, MemberRole role, Instant createdAt, Instant expiresAt,
			Instant acceptedAt, Instant revokedAt) {

		ReceivedInvitation.Status statusAt(Instant now) {
			if (this.acceptedAt != null) {
				return ReceivedInvitation.Status.ACCEPTED;
			}
			if (this.revokedAt != null) {
				return ReceivedInvitation.Status.WITHDRAWN;
			}
			return now.isBefore(this.expiresAt) ? ReceivedInvitation.Status.PENDING : ReceivedInvitation.Status.EXPIRED;
		}

	}

	/** An invitation just withdrawn: to whom, for which role. */
	record Withdrawn(UUID id, String email, MemberRole role) {
	}

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, String email, MemberRole role, String tokenHash, UUID invitedBy,
			Instant createdAt, Instant expiresAt) {
		this.jdbc
			.sql("""
					insert into invitations (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(id, organisationId, email, role.name(), tokenHash, invitedBy, Timestamp.from(createdAt),
					Timestamp.from(expiresAt))
			.update();
	}

	List<PendingInvitation> pending(UUID organisationId, Instant now) {
		return this.jdbc.sql("""
				select id, email, role, created_at, expires_at from invitations
				where organisation_id = ? and accepted_at is null and revoked_at is null and expires_at > ?
				order by created_at desc
				""").params(organisationId, Timestamp.from(now)).query(PendingInvitation.class).list();
	}

	Optional<Row> findByTokenHash(String tokenHash) {
		return this.jdbc.sql("select * from invitations where token_hash = ?")
			.param(tokenHash)
			.query(Row.class)
			.optional();
	}

	/**
	 * Withdraws the open invitations to this address, so only the newest link works.
	 * @return the invitations withdrawn
	 */
	List<Withdrawn> withdrawPendingTo(UUID organisationId, String email, Instant now) {
		return this.jdbc.sql("""
				update invitations set revoked_at = ?
				where organisation_id = ? and email = ? and accepted_at is null and revoked_at is null
				returning id, email, role
				""").params(Timestamp.from(now), organisationId, email).query(Withdrawn.class).list();
	}

	/**
	 * @return the invitation, if an open one was withdrawn
	 */
	Optional<Withdrawn> withdraw(UUID organisationId, UUID invitationId, Instant now) {
		return this.jdbc.sql("""
				update invitations set revoked_at = ?
				where id = ? and organisation_id = ? and accepted_at is null and revoked_at is null
				returning id, email, role
				""").params(Timestamp.from(now), invitationId, organisationId).query(Withdrawn.class).optional();
	}

	/** Uses the invitation up; only one of two people accepting at once succeeds. */
	boolean markAccepted(UUID invitationId, UUID accountId, Instant now) {
		return this.jdbc.sql("""
				update invitations set accepted_at = ?, accepted_by = ?
				where id = ? and accepted_at is null and revoked_at is null and expires_at > ?
				""").params(Timestamp.from(now), accountId, invitationId, Timestamp.from(now)).update() == 1;
	}

}
