package digital.onboarding.assurance.web;

import java.util.UUID;

import digital.onboarding.assurance.ProgrammeMoves;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.product.ProductManagement;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving an application to the newest version of its programme: first what would change,
 * question by question, then *Confirm*.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/products/{productId}/versions/{versionId}/applications/{apiId}/newer-programme")
class ProgrammeMoveController {

	private final ProgrammeMoves moves;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final OrganisationAccess access;

	ProgrammeMoveController(ProgrammeMoves moves, OrganisationManagement organisations, ProductManagement products,
			OrganisationAccess access) {
		this.moves = moves;
		this.organisations = organisations;
		this.products = products;
		this.access = access;
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			Model model) {
		var product = this.products.get(organisationId, productId);
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("product", product);
		model.addAttribute("version", product.versionById(versionId));
	}

	@GetMapping
	String changes(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, Model model) {
		model.addAttribute("move", this.moves.preview(organisationId, productId, versionId, apiId));
		return "assurance/programme-move";
	}

	@PostMapping
	String move(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID versionId,
			@PathVariable String apiId, @RequestParam(defaultValue = "") String fromVersion,
			@RequestParam(defaultValue = "") String toVersion, Model model, RedirectAttributes redirect) {
		try {
			this.moves.move(organisationId, productId, versionId, apiId, fromVersion, toVersion);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("problem", ex instanceof ConflictException ? ex.getMessage()
					: "Someone changed this application while it was moving. Check the changes again.");
			model.addAttribute("move", this.moves.preview(organisationId, productId, versionId, apiId));
			return "assurance/programme-move";
		}
		redirect.addFlashAttribute("success", "The application is on programme version " + toVersion
				+ ". Sections you had started name their new and changed questions below.");
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/versions/" + versionId
				+ "/applications";
	}

}
