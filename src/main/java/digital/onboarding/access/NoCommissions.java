package digital.onboarding.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.EnvironmentGates.Requirement;
import digital.onboarding.platform.ConflictException;

import org.springframework.stereotype.Component;

/**
 * Commissions while the commissioning module is not part of the service: there are none,
 * so a gate that needs one stays shut and nothing goes live.
 */
@Component
class NoCommissions implements CommissionRecords {

	@Override
	public Optional<CommissionFacts> find(UUID commissionId) {
		return Optional.empty();
	}

	@Override
	public List<CommissionFacts> ofSupplierProductVersion(UUID supplierOrganisationId, UUID productVersionId,
			String apiId) {
		return List.of();
	}

	@Override
	public void goLive(UUID commissionId, UUID staffAccountId) {
		throw new ConflictException("No commission can go live: commissioning is not available");
	}

	@Override
	public boolean hcidRequired(Api api) {
		return api.environments().integration().requires().contains(Requirement.COMMISSION);
	}

}
