package digital.onboarding.agreement.web;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.agreement.AcceptableUseManagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators publish the acceptable use policy's wording; each publication is a new
 * version, never edited. (The security configuration limits {@code /admin/**} to
 * administrators.)
 */
@Controller
@RequestMapping("/admin/acceptable-use-policy")
class AcceptableUseTextController {

	private final AcceptableUseManagement policies;

	AcceptableUseTextController(AcceptableUseManagement policies) {
		this.policies = policies;
	}

	@GetMapping
	String list(Model model) {
		var texts = this.policies.texts();
		model.addAttribute("texts", texts);
		if (!model.containsAttribute("text")) {
			model.addAttribute("text", texts.get(0).text());
		}
		return "agreement/policy-texts";
	}

	@PostMapping
	String publish(@RequestParam(defaultValue = "") String text, @AuthenticationPrincipal SignedInAccount administrator,
			Model model, RedirectAttributes redirect) {
		try {
			var asked = this.policies.publish(text, administrator.getId());
			redirect.addFlashAttribute("published", "A new version was published. " + asked
					+ (asked == 1 ? " organisation was" : " organisations were") + " asked to accept it.");
			return "redirect:/admin/acceptable-use-policy";
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("text", text);
			return list(model);
		}
	}

}
