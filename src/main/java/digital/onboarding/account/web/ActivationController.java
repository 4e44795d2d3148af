package digital.onboarding.account.web;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.LinkStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The activation link: opening it shows a Confirm button, because mail scanners open
 * links too and must not activate anything.
 */
@Controller
@RequestMapping("/activate/{token}")
class ActivationController {

	private final AccountManagement accounts;

	ActivationController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String open(@PathVariable String token, Model model) {
		var status = this.accounts.checkActivationLink(token);
		model.addAttribute("token", token);
		return status == LinkStatus.VALID ? "account/activate" : problem(token, status, model);
	}

	@PostMapping
	String confirm(@PathVariable String token, Model model) {
		var status = this.accounts.activate(token);
		return status == LinkStatus.VALID ? "account/activated" : problem(token, status, model);
	}

	@PostMapping("/resend")
	String resend(@PathVariable String token) {
		this.accounts.resendActivation(token);
		return "account/activation-resent";
	}

	private String problem(String token, LinkStatus status, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("status", status);
		model.addAttribute("alreadyActive", this.accounts.isActivatedByLink(token));
		return "account/activation-link-problem";
	}

}
