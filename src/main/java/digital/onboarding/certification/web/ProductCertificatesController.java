package digital.onboarding.certification.web;

import java.util.UUID;

import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.product.ProductManagement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A product's certificates, for the members of its organisation.
 */
@Controller
class ProductCertificatesController {

	private final CertificateManagement certificates;

	private final ProductManagement products;

	ProductCertificatesController(CertificateManagement certificates, ProductManagement products) {
		this.certificates = certificates;
		this.products = products;
	}

	@GetMapping("/organisations/{organisationId}/products/{productId}/certificates")
	String certificates(@PathVariable UUID organisationId, @PathVariable UUID productId, Model model) {
		model.addAttribute("product", this.products.get(organisationId, productId));
		model.addAttribute("certificates", this.certificates.ofProduct(organisationId, productId));
		model.addAttribute("organisationId", organisationId);
		return "certification/product-certificates";
	}

}
