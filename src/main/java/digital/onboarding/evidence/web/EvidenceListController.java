package digital.onboarding.evidence.web;

import java.time.LocalDate;
import java.util.UUID;

import digital.onboarding.evidence.Evidence;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.DateBoxes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An organisation's evidence files, with the day each stops counting: members see them,
 * owners and admins set or clear that day.
 */
@Controller
class EvidenceListController {

	private final EvidenceFiles files;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	EvidenceListController(EvidenceFiles files, OrganisationManagement organisations, OrganisationAccess access) {
		this.files = files;
		this.organisations = organisations;
		this.access = access;
	}

	/** The date comes as three boxes, as NHS.UK date inputs do; all empty clears it. */
	record ExpiryForm(String day, String month, String year, Integer version) {

		static ExpiryForm of(Evidence evidence) {
			var date = evidence.expiresOn();
			return new ExpiryForm(date == null ? "" : "" + date.getDayOfMonth(),
					date == null ? "" : "" + date.getMonthValue(), date == null ? "" : "" + date.getYear(),
					evidence.version());
		}

		boolean cleared() {
			return DateBoxes.empty(this.day, this.month, this.year);
		}

		/** The date typed, or null if it is not a real date. */
		LocalDate date() {
			return DateBoxes.read(this.day, this.month, this.year);
		}

	}

	@GetMapping("/organisations/{organisationId}/evidence")
	String list(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("files", this.files.list(organisationId));
		return "evidence/list";
	}

	@GetMapping("/organisations/{organisationId}/evidence/{evidenceId}/expiry")
	String expiryForm(@PathVariable UUID organisationId, @PathVariable UUID evidenceId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var evidence = this.files.describe(organisationId, evidenceId);
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("evidence", evidence);
		model.addAttribute("form", ExpiryForm.of(evidence));
		return "evidence/expiry";
	}

	@PostMapping("/organisations/{organisationId}/evidence/{evidenceId}/expiry")
	String changeExpiry(@PathVariable UUID organisationId, @PathVariable UUID evidenceId,
			@ModelAttribute("form") ExpiryForm form, BindingResult result, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var evidence = this.files.describe(organisationId, evidenceId);
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("evidence", evidence);
		var date = form.date();
		if (!form.cleared() && date == null) {
			result.rejectValue("day", "date",
					"The expiry date must be a real date, for example 31 3 2027, or leave it empty if the file does not expire");
			return "evidence/expiry";
		}
		try {
			this.files.changeExpiry(organisationId, evidenceId, form.version() == null ? -1 : form.version(), date);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", evidence);
			model.addAttribute("form", new ExpiryForm(form.day(), form.month(), form.year(), evidence.version()));
			return "evidence/expiry";
		}
		return "redirect:/organisations/" + organisationId + "/evidence";
	}

}
