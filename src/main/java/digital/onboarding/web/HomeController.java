package digital.onboarding.web;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.MyOrganisation;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the service is for, or for a signed-in person, the organisation
 * they work in.
 */
@Controller
class HomeController {

	private final OrganisationManagement organisations;

	HomeController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/**
	 * Signed-in people go to the organisation they work in, which every page's model
	 * names as {@code currentOrganisation}; without one, to choose or register one.
	 */
	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInAccount account, Model model) {
		if (account == null) {
			return "home";
		}
		if (model.getAttribute("currentOrganisation") instanceof MyOrganisation current) {
			return "redirect:/organisations/" + current.id();
		}
		return this.organisations.mine().isEmpty() ? "redirect:/organisations/new" : "redirect:/organisations";
	}

}
