package digital.onboarding.organisation.web;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.MyOrganisation;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Names the organisation a signed-in person is working in on every page, so the header
 * can show it beside a link to switch.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentOrganisationAdvice {

	private final OrganisationManagement organisations;

	CurrentOrganisationAdvice(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@ModelAttribute("currentOrganisation")
	MyOrganisation currentOrganisation(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request) {
		if (account == null) {
			return null;
		}
		var session = request.getSession(false);
		var remembered = session == null ? null : session.getAttribute(CurrentOrganisation.ATTRIBUTE);
		var mine = this.organisations.mine();
		return mine.stream()
			.filter(organisation -> organisation.id().equals(remembered))
			.findFirst()
			.orElse(mine.size() == 1 ? mine.get(0) : null);
	}

}
