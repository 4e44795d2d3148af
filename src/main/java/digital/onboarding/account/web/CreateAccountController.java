package digital.onboarding.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.PendingSignUp;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Journey 1: Create account, then the terms of use, then "check your email". The person's
 * details wait in their session until they agree to the terms.
 */
@Controller
@RequestMapping("/create-account")
class CreateAccountController {

	static final String PENDING = "pendingSignUp";

	/**
	 * Remembers a finished sign-up, so a second click on Agree and continue lands in the
	 * same place.
	 */
	static final String COMPLETED = "signUpCompletedFor";

	private final AccountManagement accounts;

	CreateAccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return "account/create-account";
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, HttpSession session) {
		Forms.checkNewPassword(form.password(), form.confirmPassword(), result);
		if (result.hasErrors()) {
			return "account/create-account";
		}
		session.setAttribute(PENDING,
				this.accounts.startSignUp(form.firstName(), form.lastName(), form.email(), form.password()));
		session.removeAttribute(COMPLETED);
		return "redirect:/create-account/terms-of-use";
	}

	@GetMapping("/terms-of-use")
	String terms(HttpSession session) {
		if (session.getAttribute(PENDING) == null) {
			return session.getAttribute(COMPLETED) != null ? "redirect:/create-account/check-your-email"
					: "redirect:/create-account";
		}
		return "account/create-account-terms";
	}

	@PostMapping("/terms-of-use")
	String agree(HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof PendingSignUp pending)) {
			return terms(session);
		}
		this.accounts.completeSignUp(pending);
		session.removeAttribute(PENDING);
		session.setAttribute(COMPLETED, pending.email());
		return "redirect:/create-account/check-your-email";
	}

	@GetMapping("/check-your-email")
	String checkYourEmail(HttpSession session, Model model) {
		if (session.getAttribute(COMPLETED) == null) {
			return "redirect:/create-account";
		}
		model.addAttribute("email", session.getAttribute(COMPLETED));
		return "account/check-your-email";
	}

}
