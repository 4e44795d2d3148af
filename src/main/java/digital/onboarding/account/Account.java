package digital.onboarding.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who uses the service.
 */
public record Account(UUID id, String email, String firstName, String lastName, String passwordHash, Status status,
		String termsVersion, Instant termsAcceptedAt, Instant createdAt, Instant activatedAt, int version) {

	public enum Status {

		/** Created, waiting for the person to follow the link in the activation email. */
		PENDING_ACTIVATION,

		ACTIVE

	}

	public boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
