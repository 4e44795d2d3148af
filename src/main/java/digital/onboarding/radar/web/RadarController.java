package digital.onboarding.radar.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.radar.Expiry;
import digital.onboarding.radar.ExpiryRadar;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The radar: an organisation's things with an end date for its members, and what staff
 * look after for theirs.
 */
@Controller
class RadarController {

	private final ExpiryRadar radar;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	RadarController(ExpiryRadar radar, OrganisationManagement organisations, OrganisationAccess access) {
		this.radar = radar;
		this.organisations = organisations;
		this.access = access;
	}

	@GetMapping("/organisations/{organisationId}/expiries")
	String organisation(@PathVariable UUID organisationId, @RequestParam(required = false) String kind, Model model) {
		this.access.require(organisationId, Need.READ);
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("expiries", ofKnownKind(() -> this.radar.forOrganisation(organisationId, kind)));
		return common(model, kind, "/organisations/" + organisationId + "/expiries", "radar/organisation");
	}

	@GetMapping("/review/expiries")
	String staff(@AuthenticationPrincipal SignedInAccount staff, @RequestParam(required = false) String kind,
			Model model) {
		model.addAttribute("expiries", ofKnownKind(() -> this.radar.forStaff(staff.getId(), kind)));
		model.addAttribute("administrator", staff.isAdministrator());
		return common(model, kind, "/review/expiries", "radar/staff");
	}

	/**
	 * An unknown kind only comes from a typed address: the page says the request is bad.
	 */
	private static List<Expiry> ofKnownKind(Supplier<List<Expiry>> expiries) {
		try {
			return expiries.get();
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	private String common(Model model, String kind, String path, String view) {
		model.addAttribute("today", this.radar.today());
		model.addAttribute("kinds", this.radar.kinds());
		model.addAttribute("kind", kind);
		model.addAttribute("path", path);
		return view;
	}

}
