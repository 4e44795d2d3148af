package digital.onboarding.organisation;

import java.util.UUID;

/**
 * A person's place in an organisation, as seen by the request in progress: an access
 * token may hold less than its owner's role.
 */
public record Membership(UUID organisationId, UUID accountId, MemberRole role) {

	public boolean canChange() {
		return this.role.canChange();
	}

	public boolean isOwner() {
		return this.role == MemberRole.OWNER;
	}

}
