package digital.onboarding.commissioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An end user organisation's commission of a supplier's product version for an API.
 *
 * @param endUserOdsCode the end user organisation's ODS code
 * @param hcid the end user organisation's Home Community ID, {@code urn:oid:} and an OID;
 * {@code null} when the API needs none
 * @param endsOn the last day of the commission; {@code null} if open-ended
 * @param liveAt when the service went live; {@code null} until it does
 * @param version for optimistic locking of every change
 */
public record Commission(UUID id, UUID endUserOrganisationId, String endUserOrganisationName, String endUserOdsCode,
		UUID supplierOrganisationId, String supplierOrganisationName, UUID productId, String productName,
		UUID productVersionId, String versionNumber, String apiId, String hcid, CommissionState state, LocalDate endsOn,
		Instant commissionedAt, Instant liveAt, int version) {

	/** Whether the organisation is the end user organisation that commissioned. */
	public boolean isEndUser(UUID organisationId) {
		return this.endUserOrganisationId.equals(organisationId);
	}

	/** Whether the organisation is the supplier of the product commissioned. */
	public boolean isSupplier(UUID organisationId) {
		return this.supplierOrganisationId.equals(organisationId);
	}

}
