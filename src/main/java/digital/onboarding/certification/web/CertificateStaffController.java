package digital.onboarding.certification.web;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.SigningKeys;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Certificates as staff manage them: approvers of an API and administrators suspend,
 * reinstate and revoke them with a reason; administrators rotate the signing key.
 */
@Controller
class CertificateStaffController {

	private final CertificateManagement certificates;

	private final SigningKeys keys;

	CertificateStaffController(CertificateManagement certificates, SigningKeys keys) {
		this.certificates = certificates;
		this.keys = keys;
	}

	@GetMapping("/review/certificates")
	String list(@AuthenticationPrincipal SignedInAccount staff, Model model) {
		model.addAttribute("certificates", this.certificates.forStaff(staff.getId()));
		return "certification/staff-list";
	}

	@GetMapping("/review/certificates/{id}")
	String certificate(@AuthenticationPrincipal SignedInAccount staff, @PathVariable String id, Model model) {
		var certificate = this.certificates.get(id);
		// To anyone else the staff page does not exist; the public page does.
		if (!this.certificates.mayChangeStatus(staff.getId(), certificate)) {
			throw new NotFoundException("Certificate");
		}
		model.addAttribute("certificate", certificate);
		return "certification/staff-certificate";
	}

	@PostMapping("/review/certificates/{id}/status")
	String changeStatus(@AuthenticationPrincipal SignedInAccount staff, @PathVariable String id,
			@RequestParam(defaultValue = "") String action, @RequestParam int version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "suspend" -> this.certificates.suspend(staff.getId(), id, version, reason);
				case "reinstate" -> this.certificates.reinstate(staff.getId(), id, version, reason);
				case "revoke" -> this.certificates.revoke(staff.getId(), id, version, reason);
				default -> throw new IllegalArgumentException("Choose suspend, reinstate or revoke");
			}
		}
		catch (IllegalArgumentException | ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("reason", reason);
			return certificate(staff, id, model);
		}
		redirect.addFlashAttribute("changed", true);
		return "redirect:/review/certificates/" + id;
	}

	@GetMapping("/admin/certificate-keys")
	String keys(Model model) {
		model.addAttribute("activeKeyId", this.keys.activeKeyId());
		model.addAttribute("jwks", this.keys.jwks());
		return "certification/keys";
	}

	@PostMapping("/admin/certificate-keys/rotation")
	String rotate(@AuthenticationPrincipal SignedInAccount administrator, RedirectAttributes redirect) {
		redirect.addFlashAttribute("rotatedTo",
				this.keys.rotate(administrator.getId(), administrator.isAdministrator()));
		return "redirect:/admin/certificate-keys";
	}

}
