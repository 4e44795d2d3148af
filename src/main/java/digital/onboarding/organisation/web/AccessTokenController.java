package digital.onboarding.organisation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import digital.onboarding.organisation.AccessTokens;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A member's personal access tokens for one organisation: made here, shown once, revoked
 * here.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/tokens")
class AccessTokenController {

	private final AccessTokens tokens;

	private final OrganisationManagement organisations;

	private final Clock clock;

	AccessTokenController(AccessTokens tokens, OrganisationManagement organisations, Clock clock) {
		this.tokens = tokens;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** How long a new token lasts. */
	enum Validity {

		DAYS_30("30 days", 30), DAYS_90("90 days", 90), DAYS_365("1 year", 365);

		private final String label;

		private final int days;

		Validity(String label, int days) {
			this.label = label;
			this.days = days;
		}

		public String label() {
			return this.label;
		}

	}

	record TokenForm(String name, Validity validity) {
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("validities", Validity.values());
		model.addAttribute("now", this.clock.instant());
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("form", new TokenForm("", Validity.DAYS_90));
		model.addAttribute("tokens", this.tokens.mine(organisationId));
		return "organisation/tokens";
	}

	@PostMapping
	String create(@PathVariable UUID organisationId, @ModelAttribute("form") TokenForm form, BindingResult result,
			Model model) {
		if (form.name() == null || form.name().isBlank()) {
			result.rejectValue("name", "required", "Enter a name that says what the token is for");
		}
		else if (form.name().length() > 100) {
			result.rejectValue("name", "long", "Name must be 100 characters or fewer");
		}
		if (form.validity() == null) {
			result.rejectValue("validity", "required", "Select how long the token lasts");
		}
		if (result.hasErrors()) {
			model.addAttribute("tokens", this.tokens.mine(organisationId));
			return "organisation/tokens";
		}
		var token = this.tokens.create(organisationId, form.name(), Duration.ofDays(form.validity().days));
		model.addAttribute("secret", token.secret());
		model.addAttribute("name", form.name().strip());
		return "organisation/token-created";
	}

	@PostMapping("/{tokenId}/revoke")
	String revoke(@PathVariable UUID organisationId, @PathVariable UUID tokenId) {
		this.tokens.revoke(organisationId, tokenId);
		return "redirect:/organisations/" + organisationId + "/tokens";
	}

}
