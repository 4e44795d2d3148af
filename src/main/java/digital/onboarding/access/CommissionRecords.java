package digital.onboarding.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.Api;

/**
 * The commissions the gates read and the go-live they cause: the part of the
 * commissioning module's {@code Commissioning} service the access module uses, as the
 * contract between the two modules fixes it.
 */
interface CommissionRecords {

	Optional<CommissionFacts> find(UUID commissionId);

	/**
	 * Every commission of a supplier's product version for an API, any state, oldest
	 * first.
	 */
	List<CommissionFacts> ofSupplierProductVersion(UUID supplierOrganisationId, UUID productVersionId, String apiId);

	/**
	 * The commission goes live, in the transaction that grants production access for its
	 * end user organisation.
	 * @throws digital.onboarding.platform.ConflictException if it is not in GO (or LIVE)
	 */
	void goLive(UUID commissionId, UUID staffAccountId);

	/** Whether a commission for the API must carry the end user organisation's HCID. */
	boolean hcidRequired(Api api);

}
