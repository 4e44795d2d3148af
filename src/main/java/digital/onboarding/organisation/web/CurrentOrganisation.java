package digital.onboarding.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The organisation a person is working in, remembered in their session so the home page
 * and the header know where to take them. It is a convenience, never an authorisation:
 * every page still asks {@code OrganisationAccess} with the organisation in its address.
 */
final class CurrentOrganisation {

	static final String ATTRIBUTE = "currentOrganisationId";

	private CurrentOrganisation() {
	}

	static void remember(HttpSession session, UUID organisationId) {
		session.setAttribute(ATTRIBUTE, organisationId);
	}

}
