package digital.onboarding.agreement.web;

import digital.onboarding.agreement.AcceptableUseManagement;
import digital.onboarding.agreement.AgreementLink;
import digital.onboarding.agreement.web.AcceptanceController.AcceptanceForm;
import digital.onboarding.platform.ConflictException;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end user organisation's legal signatory reads and accepts the acceptable use policy
 * through the emailed link, as a connection agreement's signatory does.
 */
@Controller
class PolicyAcceptanceController {

	private final AcceptableUseManagement policies;

	PolicyAcceptanceController(AcceptableUseManagement policies) {
		this.policies = policies;
	}

	@GetMapping("/acceptable-use/{token}")
	String show(@PathVariable String token, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AcceptanceForm());
		}
		return page(token, model);
	}

	@PostMapping("/acceptable-use/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(token, model);
		}
		try {
			this.policies.accept(token, form.getFullName(), form.getRole(), form.isDeclaration());
			redirect.addFlashAttribute("accepted", true);
			return "redirect:/acceptable-use/" + token;
		}
		catch (ConflictException ex) {
			return page(token, model);
		}
	}

	@GetMapping("/acceptable-use/copies/{token}")
	ResponseEntity<byte[]> copy(@PathVariable String token) {
		return Pdfs.download("acceptable-use-policy", this.policies.signedCopy(token));
	}

	private String page(String token, Model model) {
		var link = this.policies.link(token);
		model.addAttribute("link", link);
		model.addAttribute("status", link.status().name());
		model.addAttribute("token", token);
		if (link.status() == AgreementLink.Status.OPEN) {
			model.addAttribute("paragraphs", link.policy().text().split("\n"));
		}
		return "agreement/accept-policy";
	}

}
