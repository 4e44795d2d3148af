package digital.onboarding.commissioning.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.commissioning.Commission;
import digital.onboarding.commissioning.CommissionRefusedException;
import digital.onboarding.commissioning.Commissioning;
import digital.onboarding.commissioning.TestOutcome;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationKind;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's commissions: for an end user organisation, commissioning a product
 * and its suppliers; for a supplier, the commissions of its products. Each commission's
 * page shows its timeline, what happens next, and the forms for the next steps.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/commissions")
class CommissionsController {

	private final Commissioning commissioning;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	private final EvidenceFiles evidence;

	private final Catalogue catalogue;

	CommissionsController(Commissioning commissioning, OrganisationManagement organisations, OrganisationAccess access,
			EvidenceFiles evidence, Catalogue catalogue) {
		this.catalogue = catalogue;
		this.commissioning = commissioning;
		this.organisations = organisations;
		this.access = access;
		this.evidence = evidence;
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, Model model) {
		var organisation = this.organisations.get(organisationId);
		model.addAttribute("organisation", organisation);
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("endUser", organisation.kind() == OrganisationKind.END_USER_ORGANISATION);
		model.addAttribute("errors", Map.of());
		model.addAttribute("values", Map.of());
		model.addAttribute("apiNames", ApiNames.of(this.catalogue));
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, Model model) {
		var commissions = this.commissioning.ofOrganisation(organisationId);
		model.addAttribute("commissions", commissions);
		model.addAttribute("suppliers",
				commissions.stream().map(Commission::supplierOrganisationName).distinct().sorted().toList());
		return "commissioning/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable UUID organisationId, Model model) {
		requireEndUser(organisationId);
		model.addAttribute("options", this.commissioning.commissionable(organisationId));
		return "commissioning/new";
	}

	@PostMapping("/new")
	String commission(@PathVariable UUID organisationId, @RequestParam Map<String, String> form, Model model) {
		requireEndUser(organisationId);
		try {
			var choice = form.getOrDefault("choice", "").split(":", 2);
			if (choice.length != 2) {
				throw new CommissionRefusedException("choice", "Select the product version to commission");
			}
			UUID versionId;
			try {
				versionId = UUID.fromString(choice[0]);
			}
			catch (IllegalArgumentException ex) {
				throw new CommissionRefusedException("choice", "Select the product version to commission");
			}
			var endsOn = DateFields.read(form, "endsOn", "The end date");
			var commission = this.commissioning.commission(organisationId, versionId, choice[1], form.get("hcid"),
					endsOn);
			return "redirect:/organisations/" + organisationId + "/commissions/" + commission.id();
		}
		catch (CommissionRefusedException ex) {
			model.addAttribute("errors", Map.of(ex.field(), ex.getMessage()));
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		model.addAttribute("values", form);
		model.addAttribute("options", this.commissioning.commissionable(organisationId));
		return "commissioning/new";
	}

	@GetMapping("/{commissionId}")
	String show(@PathVariable UUID organisationId, @PathVariable UUID commissionId, Model model) {
		var history = this.commissioning.get(organisationId, commissionId);
		model.addAttribute("history", history);
		model.addAttribute("commission", history.commission());
		model.addAttribute("timeline", history.timeline());
		model.addAttribute("next", NextAction.of(history.commission(), organisationId));
		model.addAttribute("isSupplier", history.commission().isSupplier(organisationId));
		model.addAttribute("isEndUser", history.commission().isEndUser(organisationId));
		model.addAttribute("outcomes", TestOutcome.values());
		return "commissioning/show";
	}

	@PostMapping("/{commissionId}/accept")
	String accept(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return change(organisationId, commissionId, form, Map.of(), model, redirect, "You accepted the commission.",
				() -> this.commissioning.accept(organisationId, commissionId, version(form)));
	}

	@PostMapping("/{commissionId}/decline")
	String decline(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return change(organisationId, commissionId, form, Map.of("reason", "declineReason"), model, redirect,
				"You declined the commission.", () -> this.commissioning.decline(organisationId, commissionId,
						version(form), form.get("declineReason")));
	}

	@PostMapping("/{commissionId}/runs")
	String recordRun(@PathVariable UUID organisationId, @PathVariable UUID commissionId, HttpServletRequest request,
			Model model, RedirectAttributes redirect) throws IOException {
		this.access.require(organisationId, Need.CHANGE);
		RunFormBody.Submitted submitted;
		try {
			submitted = RunFormBody.read(request, organisationId, this.evidence);
		}
		catch (IllegalArgumentException ex) {
			// Only a hand-made request sends a body the page could not have sent.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		var form = submitted.fields();
		if (submitted.refused() != null) {
			model.addAttribute("errors", Map.of(RunFormBody.EVIDENCE, submitted.refused()));
			model.addAttribute("values", form);
			return show(organisationId, commissionId, model);
		}
		return change(organisationId, commissionId, form, Map.of(), model, redirect, "Test run recorded.",
				() -> this.commissioning.recordRun(organisationId, commissionId, version(form),
						DateFields.read(form, "startedOn", "The start date"),
						DateFields.read(form, "endedOn", "The end date"), outcome(form.get("outcome")),
						submitted.evidenceId(), form.get("notes")));
	}

	@PostMapping("/{commissionId}/int-sign-off")
	String signOff(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return change(organisationId, commissionId, form, Map.of(), model, redirect, "You signed INT testing off.",
				() -> this.commissioning.signOffInt(organisationId, commissionId, version(form)));
	}

	@PostMapping("/{commissionId}/decision")
	String decide(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		var decision = form.getOrDefault("decision", "");
		return change(organisationId, commissionId, form, Map.of("reason", "noGoReason"), model, redirect,
				"You recorded your decision.", () -> {
					if (!decision.equals("GO") && !decision.equals("NO_GO")) {
						throw new CommissionRefusedException("decision", "Select go or no-go");
					}
					return this.commissioning.decide(organisationId, commissionId, version(form), decision.equals("GO"),
							form.get("noGoReason"));
				});
	}

	@PostMapping("/{commissionId}/end")
	String end(@PathVariable UUID organisationId, @PathVariable UUID commissionId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		return change(organisationId, commissionId, form, Map.of("reason", "endReason"), model, redirect,
				"You ended the commission.",
				() -> this.commissioning.end(organisationId, commissionId, version(form), form.get("endReason")));
	}

	/**
	 * Makes a change and goes back to the commission's page; a refused value is shown
	 * beside its field, a change made meanwhile at the top, and nothing is saved.
	 * @param fields the form's name for a field the service names otherwise
	 */
	private String change(UUID organisationId, UUID commissionId, Map<String, String> form, Map<String, String> fields,
			Model model, RedirectAttributes redirect, String done, Supplier<?> change) {
		try {
			change.get();
			redirect.addFlashAttribute("done", done);
			return "redirect:/organisations/" + organisationId + "/commissions/" + commissionId;
		}
		catch (CommissionRefusedException ex) {
			model.addAttribute("errors", Map.of(fields.getOrDefault(ex.field(), ex.field()), ex.getMessage()));
		}
		catch (ConflictException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		model.addAttribute("values", new LinkedHashMap<>(form));
		return show(organisationId, commissionId, model);
	}

	private void requireEndUser(UUID organisationId) {
		this.access.require(organisationId, Need.CHANGE);
		if (this.organisations.get(organisationId).kind() != OrganisationKind.END_USER_ORGANISATION) {
			throw new ForbiddenException("Only an end user organisation can commission a product");
		}
	}

	/** A form posted without its version is taken as out of date rather than refused. */
	private static int version(Map<String, String> form) {
		try {
			return Integer.parseInt(form.getOrDefault("version", "-1"));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static TestOutcome outcome(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return TestOutcome.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
