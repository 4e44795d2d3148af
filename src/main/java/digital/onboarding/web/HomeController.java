package digital.onboarding.web;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.MyOrganisation;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.review.ReviewQueue;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the service is for, or for a signed-in person, the organisation
 * they work in, or for platform staff, their review queue.
 */
@Controller
class HomeController {

	private final OrganisationManagement organisations;

	private final ReviewQueue reviews;

	HomeController(OrganisationManagement organisations, ReviewQueue reviews) {
		this.organisations = organisations;
		this.reviews = reviews;
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
		if (this.organisations.mine().isEmpty()) {
			// Platform staff belong to no organisation: their work is the review queue.
			return this.reviews.reviewsAny(account.getId()) ? "redirect:/review" : "redirect:/organisations/new";
		}
		return "redirect:/organisations";
	}

}
