package digital.onboarding.agreement.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.agreement.AgreementManagement;
import digital.onboarding.agreement.ConnectionAgreement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tells a product's pages and application task lists which connection agreements wait for
 * their signatory to accept a new version, without those modules knowing of agreements.
 */
@ControllerAdvice(basePackages = { "digital.onboarding.product.web", "digital.onboarding.assurance.web" })
class AgreementsDueAdvice {

	private final AgreementManagement agreements;

	AgreementsDueAdvice(AgreementManagement agreements) {
		this.agreements = agreements;
	}

	@ModelAttribute("reacceptancesDue")
	List<ConnectionAgreement> reacceptancesDue(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())
				|| !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path)
				|| !(path.get("organisationId") instanceof String organisation)
				|| !(path.get("productId") instanceof String product)) {
			return List.of();
		}
		try {
			return this.agreements.ofProduct(UUID.fromString(organisation), UUID.fromString(product))
				.stream()
				.filter(agreement -> agreement.isReacceptance() && agreement.isAwaitingAcceptance())
				.toList();
		}
		catch (RuntimeException ex) {
			// The page's own controller refuses whoever may not read the product.
			return List.of();
		}
	}

}
