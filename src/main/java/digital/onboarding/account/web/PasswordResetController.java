package digital.onboarding.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.EmailAddress;
import digital.onboarding.account.LinkStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten passwords: ask for a link by email address, follow it, choose a new password.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private final AccountManagement accounts;

	PasswordResetController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record RequestForm(
			@NotBlank(message = "Enter your email address") @Pattern(regexp = "\\s*" + EmailAddress.PATTERN + "\\s*",
					message = "Enter an email address in the correct format, like name@example.com") String email) {
	}

	record NewPasswordForm(String password, String confirmPassword) {
	}

	@GetMapping
	String requestForm(Model model) {
		model.addAttribute("form", new RequestForm(""));
		return "account/password-reset-request";
	}

	@PostMapping
	String request(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/password-reset-request";
		}
		this.accounts.requestPasswordReset(form.email());
		redirect.addFlashAttribute("email", EmailAddress.normalise(form.email()));
		return "redirect:/password-reset/sent";
	}

	@GetMapping("/sent")
	String sent() {
		return "account/password-reset-sent";
	}

	/** The link's token, which the new-password form posts back to. */
	@ModelAttribute("token")
	String token(@PathVariable(required = false) String token) {
		return token;
	}

	@GetMapping("/{token}")
	String open(@PathVariable String token, Model model) {
		var status = this.accounts.checkPasswordResetLink(token);
		if (status != LinkStatus.VALID) {
			return problem(status, model);
		}
		model.addAttribute("form", new NewPasswordForm("", ""));
		return "account/password-reset";
	}

	@PostMapping("/{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult result,
			Model model) {
		Forms.checkNewPassword(form.password(), form.confirmPassword(), result);
		if (result.hasErrors()) {
			return "account/password-reset";
		}
		var status = this.accounts.resetPassword(token, form.password());
		return status == LinkStatus.VALID ? "account/password-changed" : problem(status, model);
	}

	private static String problem(LinkStatus status, Model model) {
		model.addAttribute("status", status);
		return "account/password-reset-link-problem";
	}

}
