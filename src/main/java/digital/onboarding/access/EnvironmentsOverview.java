package digital.onboarding.access;

import java.util.List;
import java.util.UUID;

/**
 * A product's environments for each of its versions' APIs: what access each has and what
 * each environment's gate still needs.
 */
public record EnvironmentsOverview(UUID organisationId, UUID productId, List<ApiEnvironments> apis) {

	/**
	 * One version's environments of one API.
	 *
	 * @param production one standing for each end user organisation that commissioned the
	 * version when production access is per end user organisation, else one
	 * @param serviceEndpoints the transactions a responding gateway gives endpoints for
	 */
	public record ApiEnvironments(UUID versionId, String versionNumber, String apiId, String apiName, Standing sandbox,
			Standing integration, List<Standing> production, boolean productionPerEndUserOrganisation,
			List<String> serviceEndpoints) {

		/** Every access there is, the refused ones included. */
		public List<Standing> all() {
			var all = new java.util.ArrayList<Standing>();
			all.add(this.sandbox);
			all.add(this.integration);
			all.addAll(this.production);
			return all;
		}

	}

	/**
	 * Where a product version stands for one environment.
	 *
	 * @param commission the end user organisation production access is for, if it is per
	 * organisation
	 * @param access the current access (open or granted), or else the latest refused one;
	 * {@code null} if never asked for
	 * @param missing what the gate still needs; empty when it is met
	 */
	public record Standing(Environment environment, CommissionFacts commission, EnvironmentAccess access,
			List<String> missing) {

		/** Whether the supplier may ask for access now. */
		public boolean mayRequest() {
			return this.missing.isEmpty() && (this.access == null || this.access.status() == AccessStatus.REFUSED);
		}

	}

}
