package digital.onboarding.authoring.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.authoring.ProgrammeAuthoring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives programme authors a header link to the programmes they write.
 */
@ControllerAdvice(annotations = Controller.class)
class AuthoringLinkAdvice {

	private final ProgrammeAuthoring authoring;

	AuthoringLinkAdvice(ProgrammeAuthoring authoring) {
		this.authoring = authoring;
	}

	@ModelAttribute("authoringLink")
	boolean authoringLink(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request) {
		// An error page must show even when the database is what failed.
		return account != null && request.getDispatcherType() != DispatcherType.ERROR
				&& !this.authoring.apis(account.getId()).isEmpty();
	}

}
