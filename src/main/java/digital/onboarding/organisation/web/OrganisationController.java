package digital.onboarding.organisation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import digital.onboarding.organisation.OdsCode;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationKind;
import digital.onboarding.organisation.OrganisationManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Registering an organisation, the list of a person's organisations, and an
 * organisation's overview.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	OrganisationController(OrganisationManagement organisations, OrganisationAccess access) {
		this.organisations = organisations;
		this.access = access;
	}

	record RegistrationForm(
			@NotBlank(message = "Enter your organisation''s legal name") @Size(max = 200,
					message = "Legal name must be 200 characters or fewer") String legalName,
			String odsCode, @NotNull(message = "Select what kind of organisation it is") OrganisationKind kind) {
	}

	@ModelAttribute("kinds")
	OrganisationKind[] kinds() {
		return OrganisationKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("organisations", this.organisations.mine());
		return "organisation/list";
	}

	@GetMapping("/new")
	String registrationForm(Model model) {
		model.addAttribute("form", new RegistrationForm("", "", null));
		model.addAttribute("first", this.organisations.mine().isEmpty());
		return "organisation/register";
	}

	@PostMapping("/new")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, HttpSession session,
			Model model) {
		OdsCode.problemWith(form.odsCode()).ifPresent(problem -> result.rejectValue("odsCode", "ods", problem));
		if (!result.hasFieldErrors("odsCode") && this.organisations.isOdsCodeInUse(form.odsCode())) {
			result.rejectValue("odsCode", "taken", "An organisation with this ODS code is already registered. "
					+ "Ask one of its owners to invite you");
		}
		if (result.hasErrors()) {
			model.addAttribute("first", this.organisations.mine().isEmpty());
			return "organisation/register";
		}
		var registered = this.organisations.register(form.legalName(), form.odsCode(), form.kind());
		if (registered.isEmpty()) {
			result.rejectValue("odsCode", "taken", "An organisation with this ODS code is already registered. "
					+ "Ask one of its owners to invite you");
			model.addAttribute("first", this.organisations.mine().isEmpty());
			return "organisation/register";
		}
		var id = registered.get().id();
		CurrentOrganisation.remember(session, id);
		return "redirect:/organisations/" + id + "/products/new";
	}

	@GetMapping("/{organisationId}")
	String overview(@PathVariable UUID organisationId, HttpSession session, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		CurrentOrganisation.remember(session, organisationId);
		return "organisation/overview";
	}

}
