package digital.onboarding.account.web;

import digital.onboarding.account.SignedInAccount;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form it posts and signing out.
 */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn(@AuthenticationPrincipal SignedInAccount account) {
		return account != null ? "redirect:/" : "account/sign-in";
	}

	@GetMapping("/signed-out")
	String signedOut() {
		return "account/signed-out";
	}

	@GetMapping("/terms-of-use")
	String termsOfUse() {
		return "account/terms-of-use";
	}

}
