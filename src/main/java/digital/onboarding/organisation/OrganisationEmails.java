package digital.onboarding.organisation;

import java.time.Duration;

import digital.onboarding.notification.Email;
import digital.onboarding.platform.ServiceProperties;

import org.springframework.stereotype.Component;

/**
 * The words of the emails about belonging to an organisation.
 */
@Component
class OrganisationEmails {

	private final ServiceProperties service;

	OrganisationEmails(ServiceProperties service) {
		this.service = service;
	}

	Email invitation(String email, String inviterName, Organisation organisation, MemberRole role, String token,
			Duration validity) {
		return new Email(email, "Join " + organisation.legalName() + " on the " + this.service.name(), """
				Hello,

				%s invited you to join %s (ODS code %s) on the %s as %s.

				To accept, open this link and sign in with the account for this email address:

				%s

				If you do not have an account yet, create one with this email address first: %s

				The link works once and expires in %d days. If you were not expecting it, you can ignore this email.
				""".formatted(inviterName, organisation.legalName(), organisation.odsCode(), this.service.name(),
				roleInWords(role), this.service.link("/invitations/" + token), this.service.link("/create-account"),
				validity.toDays()));
	}

	private static String roleInWords(MemberRole role) {
		return switch (role) {
			case OWNER -> "an owner";
			case ADMIN -> "an admin";
			case VIEWER -> "a viewer";
		};
	}

}
