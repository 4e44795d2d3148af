package digital.onboarding.agreement.web;

import digital.onboarding.agreement.AgreementLink;
import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.platform.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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
 * The legal signatory's link: the exact agreement text, and accepting it with their typed
 * name, role and a declaration. It needs no account, so the link itself is the key; it
 * works once.
 */
@Controller
class AcceptanceController {

	private final AgreementManagement agreements;

	AcceptanceController(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	/**
	 * A bean rather than a record: an unticked box sends nothing, and a record could not
	 * then be built to show the form again with its errors.
	 */
	public static class AcceptanceForm {

		@NotBlank(message = "Enter your full name")
		@Size(max = AgreementManagement.MAX_FIELD_LENGTH, message = "Full name must be 200 characters or fewer")
		private String fullName = "";

		@NotBlank(message = "Enter your role")
		@Size(max = AgreementManagement.MAX_FIELD_LENGTH, message = "Role must be 200 characters or fewer")
		private String role = "";

		@AssertTrue(message = "Confirm that you may accept this agreement for your organisation")
		private boolean declaration;

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public boolean isDeclaration() {
			return this.declaration;
		}

		public void setDeclaration(boolean declaration) {
			this.declaration = declaration;
		}

	}

	@GetMapping("/agreements/{token}")
	String show(@PathVariable String token, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AcceptanceForm());
		}
		return page(token, model);
	}

	@PostMapping("/agreements/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptanceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(token, model);
		}
		try {
			var accepted = this.agreements.accept(token, form.getFullName(), form.getRole(), form.isDeclaration());
			redirect.addFlashAttribute("accepted", accepted.reference().value());
			return "redirect:/agreements/" + token;
		}
		catch (ConflictException ex) {
			return page(token, model);
		}
	}

	@GetMapping("/agreements/copies/{token}")
	ResponseEntity<byte[]> copy(@PathVariable String token) {
		var copy = this.agreements.signedCopy(token);
		return Pdfs.download("connection-agreement-" + copy.reference().value(), copy.pdf());
	}

	private String page(String token, Model model) {
		var link = this.agreements.link(token);
		model.addAttribute("link", link);
		model.addAttribute("status", link.status().name());
		model.addAttribute("token", token);
		if (link.status() == AgreementLink.Status.OPEN) {
			model.addAttribute("paragraphs", link.agreement().text().split("\n"));
		}
		return "agreement/accept";
	}

}
