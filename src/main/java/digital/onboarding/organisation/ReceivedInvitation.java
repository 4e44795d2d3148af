package digital.onboarding.organisation;

import java.time.Instant;

/**
 * An invitation as the person following its link sees it.
 */
public record ReceivedInvitation(Status status, String organisationName, String email, MemberRole role,
		Instant expiresAt) {

	/** Where the invitation stands. */
	public enum Status {

		PENDING, ACCEPTED, WITHDRAWN, EXPIRED,

		/** Not a link this service sent. */
		UNKNOWN

	}

	static ReceivedInvitation unknown() {
		return new ReceivedInvitation(Status.UNKNOWN, null, null, null, null);
	}

	public boolean isPending() {
		return this.status == Status.PENDING;
	}

}
