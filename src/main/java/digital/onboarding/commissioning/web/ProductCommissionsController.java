package digital.onboarding.commissioning.web;

import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.commissioning.Commissioning;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.product.ProductManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * For a supplier: which end user organisations commissioned which versions of one of its
 * products.
 */
@Controller
class ProductCommissionsController {

	private final Commissioning commissioning;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final Catalogue catalogue;

	ProductCommissionsController(Commissioning commissioning, OrganisationManagement organisations,
			ProductManagement products, Catalogue catalogue) {
		this.commissioning = commissioning;
		this.organisations = organisations;
		this.products = products;
		this.catalogue = catalogue;
	}

	@GetMapping("/organisations/{organisationId}/products/{productId}/commissions")
	String list(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("product", this.products.get(organisationId, productId));
		model.addAttribute("commissions", this.commissioning.ofProduct(organisationId, productId));
		model.addAttribute("apiNames", ApiNames.of(this.catalogue));
		return "commissioning/product";
	}

}
