package digital.onboarding.agreement.web;

import digital.onboarding.agreement.AcceptableUseManagement;
import digital.onboarding.agreement.AgreementLink;
import digital.onboarding.agreement.web.AcceptanceController.AcceptanceForm;
import digital.onboarding.platform.ConflictException;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

	private static final String DECLARATION_NEEDED = "Confirm that you may accept this policy for your organisation";

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
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", speakingOfThePolicy(result));
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

	/**
	 * The form is the connection agreement's, whose declaration message names an
	 * agreement: this page names the policy instead.
	 */
	private static BindingResult speakingOfThePolicy(BindingResult result) {
		var errors = new BeanPropertyBindingResult(result.getTarget(), result.getObjectName());
		result.getFieldErrors()
			.forEach(error -> errors.rejectValue(error.getField(), error.getCode(),
					error.getField().equals("declaration") ? DECLARATION_NEEDED : error.getDefaultMessage()));
		return errors;
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
