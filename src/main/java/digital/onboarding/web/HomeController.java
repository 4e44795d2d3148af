package digital.onboarding.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInAccount account, HttpSession session) {
		if (account == null) {
			return "home";
		}
		var mine = this.organisations.mine();
		if (mine.isEmpty()) {
			return "redirect:/organisations/new";
		}
		var current = session.getAttribute("currentOrganisationId");
		var target = mine.stream()
			.filter(organisation -> organisation.id().equals(current))
			.findFirst()
			.or(() -> mine.size() == 1 ? mine.stream().findFirst() : java.util.Optional.empty());
		return target.map(organisation -> "redirect:/organisations/" + organisation.id())
			.orElse("redirect:/organisations");
	}

}
