package digital.onboarding.agreement.web;

import java.util.UUID;

import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.product.ProductManagement;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A product's connection agreements for its organisation's members: where each stands,
 * whether a new version waits to be accepted, the link sent again, and the PDF.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/products/{productId}/agreements")
class ProductAgreementsController {

	private final AgreementManagement agreements;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final OrganisationAccess access;

	private final Catalogue catalogue;

	ProductAgreementsController(AgreementManagement agreements, OrganisationManagement organisations,
			ProductManagement products, OrganisationAccess access, Catalogue catalogue) {
		this.agreements = agreements;
		this.organisations = organisations;
		this.products = products;
		this.access = access;
		this.catalogue = catalogue;
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
		model.addAttribute("product", this.products.get(organisationId, productId));
		model.addAttribute("catalogue", this.catalogue);
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("agreements", this.agreements.ofProduct(organisationId, productId));
		return "agreement/product";
	}

	@PostMapping("/{agreementId}/send-again")
	String sendAgain(@PathVariable UUID organisationId, @PathVariable UUID productId, @PathVariable UUID agreementId,
			RedirectAttributes redirect) {
		try {
			this.agreements.sendAgain(organisationId, productId, agreementId);
			var agreement = this.agreements.get(organisationId, productId, agreementId);
			redirect.addFlashAttribute("sent",
					"We sent a new link to " + agreement.signatoryEmail() + ". The link sent before no longer works.");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/organisations/" + organisationId + "/products/" + productId + "/agreements";
	}

	@GetMapping("/{agreementId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID organisationId, @PathVariable UUID productId,
			@PathVariable UUID agreementId) {
		var agreement = this.agreements.get(organisationId, productId, agreementId);
		return Pdfs.download("connection-agreement-" + agreement.reference().value(),
				this.agreements.pdf(organisationId, productId, agreementId));
	}

}
