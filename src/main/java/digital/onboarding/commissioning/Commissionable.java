package digital.onboarding.commissioning;

import java.util.UUID;

/**
 * A supplier's product version holding a valid technical conformance certificate for an
 * API: what an end user organisation may commission.
 *
 * @param hcidRequired whether commissioning it for the API needs the organisation's HCID
 */
public record Commissionable(String apiId, String apiName, boolean hcidRequired, UUID supplierOrganisationId,
		String supplierOrganisationName, UUID productId, String productName, UUID productVersionId,
		String versionNumber, String certificateId) {

	/** The value a form's choice carries: the version and the API. */
	public String choice() {
		return this.productVersionId + ":" + this.apiId;
	}

}
