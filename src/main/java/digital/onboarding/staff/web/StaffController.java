package digital.onboarding.staff.web;

import java.util.UUID;

import jakarta.validation.Valid;

import digital.onboarding.account.EmailAddress;
import digital.onboarding.account.SignedInAccount;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where administrators see who holds which staff role and grant or withdraw them. Only
 * administrators reach these pages (see the web module's security rules).
 */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private final StaffRoles staffRoles;

	private final Catalogue catalogue;

	StaffController(StaffRoles staffRoles, Catalogue catalogue) {
		this.staffRoles = staffRoles;
		this.catalogue = catalogue;
	}

	@GetMapping
	String staff(Model model) {
		model.addAttribute("grants", this.staffRoles.all());
		return "staff/staff";
	}

	@GetMapping("/grant")
	String grantForm(Model model) {
		model.addAttribute("form", GrantForm.empty());
		return grantPage(model);
	}

	@PostMapping("/grant")
	String grant(@Valid @ModelAttribute("form") GrantForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount administrator, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("email") && !EmailAddress.isValid(form.email())) {
			result.rejectValue("email", "format",
					"Enter an email address in the correct format, like name@example.com");
		}
		if (result.hasErrors()) {
			return grantPage(model);
		}
		var api = this.catalogue.get(form.apiId());
		var role = form.role().label() + " role for " + api.name();
		switch (this.staffRoles.grant(administrator.getId(), form.email(), api.id(), form.role())) {
			case GRANTED ->
				redirect.addFlashAttribute("success", role + " granted to " + EmailAddress.normalise(form.email()));
			case ALREADY_HELD -> redirect.addFlashAttribute("success",
					EmailAddress.normalise(form.email()) + " already holds the " + role);
			case NO_ACTIVE_ACCOUNT -> {
				result.rejectValue("email", "unknown", "There is no active account with this email address. "
						+ "The person needs to create an account and activate it first");
				return grantPage(model);
			}
		}
		return "redirect:/admin/staff";
	}

	@GetMapping("/withdraw")
	String confirmWithdrawal(@RequestParam UUID account, @RequestParam String api, @RequestParam StaffRole role,
			Model model) {
		model.addAttribute("grant",
				this.staffRoles.find(account, api, role).orElseThrow(() -> new NotFoundException("Staff role")));
		return "staff/withdraw-role";
	}

	@PostMapping("/withdraw")
	String withdraw(@RequestParam UUID account, @RequestParam String api, @RequestParam StaffRole role,
			@AuthenticationPrincipal SignedInAccount administrator, RedirectAttributes redirect) {
		// A second click on Withdraw role finds nothing left to withdraw and changes
		// nothing.
		var grant = this.staffRoles.find(account, api, role);
		if (grant.isPresent() && this.staffRoles.withdraw(administrator.getId(), account, api, role)) {
			redirect.addFlashAttribute("success", role.label() + " role for " + grant.get().apiName()
					+ " withdrawn from " + grant.get().person().fullName());
		}
		return "redirect:/admin/staff";
	}

	private String grantPage(Model model) {
		model.addAttribute("apis", this.catalogue.all());
		model.addAttribute("roles", StaffRole.values());
		return "staff/grant-role";
	}

}
