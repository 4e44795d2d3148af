package digital.onboarding.agreement.web;

import java.util.UUID;

import digital.onboarding.agreement.AcceptableUseManagement;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.ConflictException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An end user organisation's acceptable use policy: which version is in force, issuing
 * the current one to a legal signatory, sending the link again, and the PDF copies.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/acceptable-use-policy")
class AcceptableUseController {

	private final AcceptableUseManagement policies;

	private final OrganisationAccess access;

	AcceptableUseController(AcceptableUseManagement policies, OrganisationAccess access) {
		this.policies = policies;
		this.access = access;
	}

	@GetMapping
	String show(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("standing", this.policies.standing(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		return "agreement/acceptable-use";
	}

	@PostMapping
	String issue(@PathVariable UUID organisationId, @RequestParam(required = false) UUID signatory, Model model,
			RedirectAttributes redirect) {
		// A viewer is refused before being told what is missing.
		this.access.require(organisationId, Need.CHANGE);
		if (signatory == null) {
			model.addAttribute("signatoryError", "Select the legal signatory to send the policy to");
			return show(organisationId, model);
		}
		try {
			var issued = this.policies.issue(organisationId, signatory);
			redirect.addFlashAttribute("sent", "We sent the acceptable use policy to " + issued.signatoryName() + " ("
					+ issued.signatoryEmail() + ") to accept.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/acceptable-use-policy";
	}

	@PostMapping("/send-again")
	String sendAgain(@PathVariable UUID organisationId, RedirectAttributes redirect) {
		try {
			this.policies.sendAgain(organisationId);
			redirect.addFlashAttribute("sent", "We sent a new link. The link sent before no longer works.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/acceptable-use-policy";
	}

	@GetMapping("/{policyId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID organisationId, @PathVariable UUID policyId) {
		return Pdfs.download("acceptable-use-policy", this.policies.pdf(organisationId, policyId));
	}

}
