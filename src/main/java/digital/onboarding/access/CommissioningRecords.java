package digital.onboarding.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.agreement.AcceptableUseManagement;
import digital.onboarding.catalogue.Api;
import digital.onboarding.commissioning.Commission;
import digital.onboarding.commissioning.Commissioning;

import org.springframework.stereotype.Component;

/** The commissions the gates read, from the commissioning module. */
@Component
class CommissioningRecords implements CommissionRecords {

	private final Commissioning commissioning;

	private final AcceptableUseManagement acceptableUse;

	CommissioningRecords(Commissioning commissioning, AcceptableUseManagement acceptableUse) {
		this.commissioning = commissioning;
		this.acceptableUse = acceptableUse;
	}

	@Override
	public Optional<CommissionFacts> find(UUID commissionId) {
		return this.commissioning.find(commissionId).map(this::facts);
	}

	@Override
	public List<CommissionFacts> ofSupplierProductVersion(UUID supplierOrganisationId, UUID productVersionId,
			String apiId) {
		return this.commissioning.ofSupplierProductVersion(supplierOrganisationId, productVersionId, apiId)
			.stream()
			.map(this::facts)
			.toList();
	}

	@Override
	public void goLive(UUID commissionId, UUID staffAccountId) {
		this.commissioning.goLive(commissionId, staffAccountId);
	}

	@Override
	public boolean hcidRequired(Api api) {
		return api.hcidRequired();
	}

	private CommissionFacts facts(Commission commission) {
		return new CommissionFacts(commission.id(), commission.supplierOrganisationId(), commission.productVersionId(),
				commission.apiId(), commission.endUserOrganisationName(), commission.state().name(), commission.hcid(),
				this.acceptableUse.inForce(commission.endUserOrganisationId()));
	}

}
