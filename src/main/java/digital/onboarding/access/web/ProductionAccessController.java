package digital.onboarding.access.web;

import java.util.UUID;

import digital.onboarding.access.AccessInputException;
import digital.onboarding.access.EnvironmentAccessManagement;
import digital.onboarding.account.SignedInAccount;
import digital.onboarding.platform.ConflictException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Production access requests for the reviewers and approvers of their APIs: one
 * recommends, a different approver grants, either refuses.
 */
@Controller
class ProductionAccessController {

	private final EnvironmentAccessManagement accesses;

	ProductionAccessController(EnvironmentAccessManagement accesses) {
		this.accesses = accesses;
	}

	@GetMapping("/review/production-access")
	String list(@AuthenticationPrincipal SignedInAccount staff, Model model) {
		model.addAttribute("requests", this.accesses.productionRequests(staff.getId()));
		return "access/staff-list";
	}

	@GetMapping("/review/production-access/{accessId}")
	String request(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID accessId, Model model) {
		var request = this.accesses.productionRequest(staff.getId(), accessId);
		model.addAttribute("request", request);
		model.addAttribute("choices", this.accesses.choices(staff.getId(), request.access()));
		return "access/staff-request";
	}

	@PostMapping("/review/production-access/{accessId}")
	String decide(@AuthenticationPrincipal SignedInAccount staff, @PathVariable UUID accessId,
			@RequestParam(defaultValue = "") String action, @RequestParam int version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			var decided = switch (action) {
				case "recommend" -> this.accesses.recommend(staff.getId(), accessId, version);
				case "grant" -> this.accesses.grant(staff.getId(), accessId, version);
				case "refuse" -> this.accesses.refuse(staff.getId(), accessId, version, reason);
				default -> throw new ConflictException("Choose to recommend, grant or refuse");
			};
			redirect.addFlashAttribute("done",
					"Production access " + decided.reference() + " is " + decided.status().label().toLowerCase() + ".");
			return "redirect:/review/production-access/" + accessId;
		}
		catch (AccessInputException ex) {
			model.addAttribute("reasonError", ex.getMessage());
			model.addAttribute("reason", reason);
		}
		catch (ConflictException ex) {
			// Also a gate no longer met (GatesNotMetException), whose message lists what
			// is missing.
			model.addAttribute("problem", ex.getMessage());
		}
		return request(staff, accessId, model);
	}

}
