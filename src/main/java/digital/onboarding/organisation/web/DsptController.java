package digital.onboarding.organisation.web;

import java.time.LocalDate;
import java.util.UUID;

import digital.onboarding.organisation.Dspt;
import digital.onboarding.organisation.DsptRejectedException;
import digital.onboarding.organisation.DsptStatus;
import digital.onboarding.organisation.Organisation;
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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An organisation's DSPT status and publication date: members see them on the
 * organisation's page, owners and admins change them here.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/dspt")
class DsptController {

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	DsptController(OrganisationManagement organisations, OrganisationAccess access) {
		this.organisations = organisations;
		this.access = access;
	}

	/** The date comes as three boxes, as NHS.UK date inputs do. */
	record DsptForm(DsptStatus status, String day, String month, String year, Integer version) {

		static DsptForm of(Organisation organisation) {
			var published = organisation.dsptPublished();
			return new DsptForm(organisation.dsptStatus(), published == null ? "" : "" + published.getDayOfMonth(),
					published == null ? "" : "" + published.getMonthValue(),
					published == null ? "" : "" + published.getYear(), organisation.version());
		}

		boolean dateGiven() {
			return !DateBoxes.empty(this.day, this.month, this.year);
		}

		/** The date typed, or null if it is not a real date. */
		LocalDate published() {
			return DateBoxes.read(this.day, this.month, this.year);
		}

	}

	@ModelAttribute
	void page(Model model) {
		model.addAttribute("statuses", DsptStatus.values());
	}

	@GetMapping
	String form(@PathVariable UUID organisationId, Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var organisation = this.organisations.get(organisationId);
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", DsptForm.of(organisation));
		return "organisation/dspt";
	}

	@PostMapping
	String change(@PathVariable UUID organisationId, @ModelAttribute("form") DsptForm form, BindingResult result,
			Model model) {
		this.access.require(organisationId, Need.CHANGE);
		var organisation = this.organisations.get(organisationId);
		model.addAttribute("organisation", organisation);
		var published = form.published();
		if (form.dateGiven() && published == null) {
			if (form.status() == null) {
				result.rejectValue("status", "status", "Select your organisation's DSPT status");
			}
			result.rejectValue("day", "date",
					"The date your DSPT status was published must be a real date, for example 31 3 2026");
			return "organisation/dspt";
		}
		try {
			this.organisations.changeDspt(organisationId, form.version() == null ? -1 : form.version(),
					new Dspt(form.status(), published));
		}
		catch (DsptRejectedException ex) {
			// The date's problem belongs to its first box, where the error summary links.
			ex.problems()
				.forEach((field, message) -> result.rejectValue(field.equals("status") ? "status" : "day", field,
						message));
			return "organisation/dspt";
		}
		catch (OptimisticLockingFailureException ex) {
			// Keep what this person typed and let them save it over the newer details
			// once they have looked.
			model.addAttribute("conflict", organisation);
			model.addAttribute("form",
					new DsptForm(form.status(), form.day(), form.month(), form.year(), organisation.version()));
			return "organisation/dspt";
		}
		return "redirect:/organisations/" + organisationId;
	}

}
