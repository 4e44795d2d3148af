package digital.onboarding.organisation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.EmailAddress;
import digital.onboarding.account.Person;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.notification.EmailOutbox;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.Sha256;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an organisation: invitations by email, roles, removal and handing over
 * ownership. Owners and admins manage members; only owners make or unmake owners; an
 * organisation always keeps at least one owner.
 */
@Service
public class OrganisationMembers {

	private final Memberships memberships;

	private final Invitations invitations;

	private final Organisations organisations;

	private final OrganisationAccess access;

	private final AccessTokens tokens;

	private final AccountManagement accounts;

	private final OrganisationEmails emails;

	private final EmailOutbox outbox;

	private final AuditTrail audit;

	private final InvitationProperties properties;

	private final Clock clock;

	OrganisationMembers(Memberships memberships, Invitations invitations, Organisations organisations,
			OrganisationAccess access, AccessTokens tokens, AccountManagement accounts, OrganisationEmails emails,
			EmailOutbox outbox, AuditTrail audit, InvitationProperties properties, Clock clock) {
		this.memberships = memberships;
		this.invitations = invitations;
		this.organisations = organisations;
		this.access = access;
		this.tokens = tokens;
		this.accounts = accounts;
		this.emails = emails;
		this.outbox = outbox;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The organisation's members, by name. */
	@Transactional(readOnly = true)
	public List<Member> list(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return members(organisationId);
	}

	@Transactional(readOnly = true)
	public Member get(UUID organisationId, UUID accountId) {
		this.access.require(organisationId, Need.READ);
		return member(organisationId, accountId);
	}

	/** Invitations still waiting for an answer, newest first. */
	@Transactional(readOnly = true)
	public List<PendingInvitation> pendingInvitations(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.invitations.pending(organisationId, this.clock.instant());
	}

	/**
	 * Emails a single-use link to join the organisation. A newer invitation to the same
	 * address replaces an older one.
	 * @throws IllegalArgumentException if the address or role is missing or malformed
	 * @throws ConflictException if the person already belongs, or too many invitations
	 * are open
	 */
	@Transactional
	public PendingInvitation invite(UUID organisationId, String email, MemberRole role) {
		var inviter = requireToManage(organisationId, role);
		if (!EmailAddress.isValid(email)) {
			throw new IllegalArgumentException("Enter an email address in the correct format, like name@example.com");
		}
		var address = EmailAddress.normalise(email);
		var organisation = organisation(organisationId);
		this.memberships.lock(organisationId);
		if (members(organisationId).stream().anyMatch(member -> member.email().equals(address))) {
			throw new ConflictException(address + " is already a member of " + organisation.legalName());
		}
		var now = this.clock.instant();
		for (var replaced : this.invitations.withdrawPendingTo(organisationId, address, now)) {
			this.audit.record(AuditEntry.of("organisation.invitation-withdrawn", "invitation", replaced.id())
				.by(inviter.accountId())
				.inOrganisation(organisationId)
				.summary("Invitation to " + replaced.email() + " as " + replaced.role().label()
						+ " withdrawn: replaced by a newer invitation"));
		}
		if (this.invitations.pending(organisationId, now).size() >= this.properties.maxPending()) {
			throw new ConflictException(organisation.legalName() + " has " + this.properties.maxPending()
					+ " open invitations. Withdraw some before inviting more people");
		}
		var id = UUID.randomUUID();
		var token = RandomTokens.next();
		var validity = this.properties.validity();
		this.invitations.insert(id, organisationId, address, role, Sha256.hex(token), inviter.accountId(), now,
				now.plus(validity));
		var inviterName = person(inviter.accountId()).fullName();
		this.outbox.queue(this.emails.invitation(address, inviterName, organisation, role, token, validity));
		this.audit.record(AuditEntry.of("organisation.member-invited", "invitation", id)
			.by(inviter.accountId())
			.inOrganisation(organisationId)
			.summary("Invited " + address + " as " + role.label() + "; the link is valid for " + validity.toDays()
					+ " days"));
		return new PendingInvitation(id, address, role, now, now.plus(validity));
	}

	@Transactional
	public void withdrawInvitation(UUID organisationId, UUID invitationId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var withdrawn = this.invitations.withdraw(organisationId, invitationId, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("Invitation"));
		this.audit.record(AuditEntry.of("organisation.invitation-withdrawn", "invitation", invitationId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Invitation to " + withdrawn.email() + " as " + withdrawn.role().label() + " withdrawn"));
	}

	/**
	 * What an invitation link leads to. The token itself is the permission to see it, so
	 * anyone holding the link may, signed in or not.
	 */
	@Transactional(readOnly = true)
	public ReceivedInvitation received(String token) {
		var now = this.clock.instant();
		return this.invitations.findByTokenHash(Sha256.hex(token))
			.map(row -> new ReceivedInvitation(row.statusAt(now), organisation(row.organisationId()).legalName(),
					row.email(), row.role(), row.expiresAt()))
			.orElseGet(ReceivedInvitation::unknown);
	}

	/**
	 * Joins the signed-in person to the organisation that invited them. Someone who
	 * already belongs keeps their role.
	 * @return the organisation joined
	 * @throws ForbiddenException if the person signed in is not the one invited
	 * @throws ConflictException if the invitation was used, withdrawn or has expired
	 */
	@Transactional
	public UUID accept(String token) {
		var caller = OrganisationAccess.Caller.current();
		if (caller.organisationScope() != null) {
			throw new ForbiddenException("Invitations are accepted by signing in to the service, not with a token");
		}
		var now = this.clock.instant();
		var invitation = this.invitations.findByTokenHash(Sha256.hex(token))
			.orElseThrow(() -> new NotFoundException("Invitation"));
		var status = invitation.statusAt(now);
		if (status != ReceivedInvitation.Status.PENDING) {
			throw new ConflictException(switch (status) {
				case ACCEPTED -> "This invitation has already been accepted";
				case WITHDRAWN -> "This invitation was withdrawn. Ask the organisation to send a new one";
				default -> "This invitation has expired. Ask the organisation to send a new one";
			});
		}
		var person = person(caller.accountId());
		if (!person.email().equals(invitation.email())) {
			throw new ForbiddenException("This invitation was sent to " + invitation.email()
					+ ". Sign in with the account for that email address to accept it");
		}
		this.memberships.lock(invitation.organisationId());
		if (!this.invitations.markAccepted(invitation.id(), caller.accountId(), now)) {
			throw new ConflictException("This invitation has already been accepted");
		}
		var joined = this.memberships.add(invitation.organisationId(), caller.accountId(), invitation.role(), now);
		this.audit.record(AuditEntry.of("organisation.member-joined", "invitation", invitation.id())
			.by(caller.accountId())
			.inOrganisation(invitation.organisationId())
			.summary(joined ? person.fullName() + " accepted the invitation and joined as " + invitation.role().label()
					: person.fullName() + " accepted the invitation while already a member; role unchanged"));
		return invitation.organisationId();
	}

	/**
	 * Gives a member another role.
	 * @throws ConflictException if it would leave the organisation without an owner
	 */
	@Transactional
	public void changeRole(UUID organisationId, UUID accountId, MemberRole role) {
		var changer = this.access.require(organisationId, Need.CHANGE);
		this.memberships.lock(organisationId);
		var member = member(organisationId, accountId);
		requireToManage(organisationId, member.role() == MemberRole.OWNER ? MemberRole.OWNER : role);
		if (member.role() == role) {
			return;
		}
		if (member.role() == MemberRole.OWNER && this.memberships.owners(organisationId) == 1) {
			throw new ConflictException(member.fullName() + " is the only owner of " + name(organisationId)
					+ ". Make someone else an owner first");
		}
		this.memberships.changeRole(organisationId, accountId, role);
		this.audit.record(AuditEntry.of("organisation.member-role-changed", "account", accountId)
			.by(changer.accountId())
			.inOrganisation(organisationId)
			.summary(
					"Role of " + member.fullName() + " changed from " + member.role().label() + " to " + role.label()));
	}

	/**
	 * Removes a member, or lets a member leave; their access tokens for the organisation
	 * stop working.
	 * @throws ConflictException if they are the only owner
	 */
	@Transactional
	public void remove(UUID organisationId, UUID accountId) {
		var remover = this.access.require(organisationId, Need.READ);
		boolean leaving = remover.accountId().equals(accountId);
		if (!leaving) {
			this.access.require(organisationId, Need.CHANGE);
		}
		this.memberships.lock(organisationId);
		var member = member(organisationId, accountId);
		if (!leaving && member.role() == MemberRole.OWNER) {
			this.access.require(organisationId, Need.OWN);
		}
		if (member.role() == MemberRole.OWNER && this.memberships.owners(organisationId) == 1) {
			throw new ConflictException((leaving ? "You are" : member.fullName() + " is") + " the only owner of "
					+ name(organisationId) + ". Hand over ownership first");
		}
		this.memberships.remove(organisationId, accountId);
		int tokensStopped = this.tokens.revokeAll(organisationId, accountId);
		this.audit.record(AuditEntry
			.of(leaving ? "organisation.member-left" : "organisation.member-removed", "account", accountId)
			.by(remover.accountId())
			.inOrganisation(organisationId)
			.summary(member.fullName() + " (" + member.role().label() + ")" + (leaving ? " left" : " removed")
					+ revokedTokens(tokensStopped)));
	}

	/**
	 * Makes another member an owner and the caller an admin, in one step.
	 */
	@Transactional
	public void handOver(UUID organisationId, UUID toAccountId) {
		var owner = this.access.require(organisationId, Need.OWN);
		if (owner.accountId().equals(toAccountId)) {
			throw new IllegalArgumentException("Choose someone other than yourself");
		}
		this.memberships.lock(organisationId);
		var successor = member(organisationId, toAccountId);
		var previous = member(organisationId, owner.accountId());
		this.memberships.changeRole(organisationId, toAccountId, MemberRole.OWNER);
		this.memberships.changeRole(organisationId, owner.accountId(), MemberRole.ADMIN);
		// Two people's roles change, so the history of each shows its own change.
		this.audit.record(AuditEntry.of("organisation.ownership-handed-over", "account", toAccountId)
			.by(owner.accountId())
			.inOrganisation(organisationId)
			.summary("Ownership handed over from " + previous.fullName() + " to " + successor.fullName()
					+ (successor.role() == MemberRole.OWNER ? ", an owner already" : "; role of " + successor.fullName()
							+ " changed from " + successor.role().label() + " to Owner")));
		this.audit.record(AuditEntry.of("organisation.member-role-changed", "account", owner.accountId())
			.by(owner.accountId())
			.inOrganisation(organisationId)
			.summary("Role of " + previous.fullName() + " changed from Owner to Admin on handing over ownership to "
					+ successor.fullName()));
	}

	/**
	 * Owners and admins manage members; making, or acting on, an owner takes an owner.
	 */
	private Membership requireToManage(UUID organisationId, MemberRole role) {
		if (role == null) {
			throw new IllegalArgumentException("Select a role");
		}
		return this.access.require(organisationId, role == MemberRole.OWNER ? Need.OWN : Need.CHANGE);
	}

	private List<Member> members(UUID organisationId) {
		var rows = this.memberships.of(organisationId);
		var people = this.accounts.findPeople(rows.stream().map(Memberships.Row::accountId).toList());
		return rows.stream().filter(row -> people.containsKey(row.accountId())).map(row -> {
			var person = people.get(row.accountId());
			return new Member(row.accountId(), person.fullName(), person.email(), row.role(), row.joinedAt());
		}).sorted(Comparator.comparing(Member::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private Member member(UUID organisationId, UUID accountId) {
		return members(organisationId).stream()
			.filter(member -> member.accountId().equals(accountId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Member"));
	}

	private Person person(UUID accountId) {
		var person = this.accounts.findPeople(Set.of(accountId)).get(accountId);
		if (person == null) {
			throw new NotFoundException("Account");
		}
		return person;
	}

	private Organisation organisation(UUID organisationId) {
		return this.organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
	}

	private String name(UUID organisationId) {
		return organisation(organisationId).legalName();
	}

	private static String revokedTokens(int count) {
		return switch (count) {
			case 0 -> "";
			case 1 -> "; their access token for the organisation revoked";
			default -> "; their " + count + " access tokens for the organisation revoked";
		};
	}

}
