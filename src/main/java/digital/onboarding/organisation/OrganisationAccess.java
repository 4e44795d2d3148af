package digital.onboarding.organisation;

import java.util.UUID;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the caller may see or change an organisation's
 * objects. Every service reads objects through their organisation and asks here first.
 * Someone outside the organisation is told it does not exist; a member without the right
 * role is told why not.
 */
@Service
public class OrganisationAccess {

	/** What the caller wants to do. */
	public enum Need {

		/** See anything of the organisation: every member. */
		READ,

		/** Change the organisation's data or its members: owners and admins. */
		CHANGE,

		/** Hand over or grant ownership: owners. */
		OWN

	}

	private final Memberships memberships;

	OrganisationAccess(Memberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * The caller's membership, if it allows what they need.
	 * @throws NotFoundException if the caller is not a member, or uses a token for
	 * another organisation
	 * @throws ForbiddenException if the caller's role does not allow it
	 */
	@Transactional(readOnly = true)
	public Membership require(UUID organisationId, Need need) {
		var caller = Caller.current();
		if (caller.organisationScope() != null && !caller.organisationScope().equals(organisationId)) {
			throw new NotFoundException("Organisation");
		}
		var role = this.memberships.roleOf(organisationId, caller.accountId())
			.orElseThrow(() -> new NotFoundException("Organisation"));
		if (need == Need.CHANGE && !role.canChange()) {
			throw new ForbiddenException("Viewers can see this organisation's information but cannot change it");
		}
		if (need == Need.OWN && role != MemberRole.OWNER) {
			throw new ForbiddenException("Only an owner of the organisation can do this");
		}
		return new Membership(organisationId, caller.accountId(), role);
	}

	/** The signed-in person or token owner making the request. */
	public UUID currentAccountId() {
		return Caller.current().accountId();
	}

	/**
	 * Who is asking: a person signed in to the pages, or the owner of an access token
	 * limited to the token's organisation.
	 */
	record Caller(UUID accountId, UUID organisationScope) {

		static Caller current() {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			var principal = authentication == null ? null : authentication.getPrincipal();
			if (principal instanceof SignedInAccount account) {
				return new Caller(account.getId(), null);
			}
			if (principal instanceof ApiCaller token) {
				return new Caller(token.accountId(), token.organisationId());
			}
			throw new ForbiddenException("Sign in to do this");
		}

	}

}
