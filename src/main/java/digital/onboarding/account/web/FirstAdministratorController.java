package digital.onboarding.account.web;

import jakarta.validation.Valid;

import digital.onboarding.account.FirstAdministrator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page the start-up link opens, where the operator creates the first administrator
 * account.
 */
@Controller
@RequestMapping("/setup/administrator/{token}")
class FirstAdministratorController {

	private final FirstAdministrator firstAdministrator;

	FirstAdministratorController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	/** The link's token, which the form posts back to. */
	@ModelAttribute("token")
	String token(@PathVariable String token) {
		return token;
	}

	@GetMapping
	String form(@PathVariable String token, Model model) {
		if (!this.firstAdministrator.isLinkValid(token)) {
			return "account/first-administrator-link-problem";
		}
		model.addAttribute("form", AccountForm.empty());
		return "account/first-administrator";
	}

	@PostMapping
	String create(@PathVariable String token, @Valid @ModelAttribute("form") AccountForm form, BindingResult result) {
		Forms.checkNewPassword(form.password(), form.confirmPassword(), result);
		if (result.hasErrors()) {
			return "account/first-administrator";
		}
		return switch (this.firstAdministrator.create(token, form.firstName(), form.lastName(), form.email(),
				form.password())) {
			case CREATED -> "account/first-administrator-created";
			case LINK_NOT_VALID -> "account/first-administrator-link-problem";
			case EMAIL_TAKEN -> {
				result.rejectValue("email", "taken", "An account with this email address already exists");
				yield "account/first-administrator";
			}
		};
	}

}
