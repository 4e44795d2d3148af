package digital.onboarding.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.organisation.OrganisationMembers;
import digital.onboarding.organisation.ReceivedInvitation;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page an emailed invitation opens. Anyone holding the link sees what it is for; only
 * the person it was sent to, signed in, can accept it.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

	private final OrganisationMembers members;

	private final OrganisationManagement organisations;

	InvitationController(OrganisationMembers members, OrganisationManagement organisations) {
		this.members = members;
		this.organisations = organisations;
	}

	@GetMapping
	String show(@PathVariable String token, @AuthenticationPrincipal SignedInAccount account, Model model,
			HttpServletResponse response) {
		var invitation = this.members.received(token);
		if (invitation.status() == ReceivedInvitation.Status.UNKNOWN) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("signedInAs", account == null ? null : account.getUsername());
		return "organisation/invitation";
	}

	/**
	 * Where "Sign in to accept" leads: signing in brings the person back here, and from
	 * here to the invitation.
	 */
	@GetMapping("/accept")
	String signInToAccept(@PathVariable String token) {
		return "redirect:/invitations/" + token;
	}

	@PostMapping
	String accept(@PathVariable String token, @AuthenticationPrincipal SignedInAccount account, Model model,
			HttpSession session, RedirectAttributes redirect) {
		try {
			var organisationId = this.members.accept(token);
			CurrentOrganisation.remember(session, organisationId);
			redirect.addFlashAttribute("success", "You joined " + this.organisations.get(organisationId).legalName());
			return "redirect:/organisations/" + organisationId;
		}
		catch (ConflictException | ForbiddenException ex) {
			model.addAttribute("invitation", this.members.received(token));
			model.addAttribute("token", token);
			model.addAttribute("signedInAs", account.getUsername());
			model.addAttribute("problem", ex.getMessage());
			return "organisation/invitation";
		}
	}

}
