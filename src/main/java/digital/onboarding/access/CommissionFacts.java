package digital.onboarding.access;

import java.util.Set;
import java.util.UUID;

/**
 * What the gates need to know of a commission of a product version by an end user
 * organisation (the commissioning module's {@code Commission}).
 *
 * @param state the name of its {@code CommissionState}
 * @param hcid the end user organisation's Home Community ID; {@code null} if none given
 * @param acceptableUseInForce whether the end user organisation has accepted the
 * acceptable use policy
 */
public record CommissionFacts(UUID id, UUID supplierOrganisationId, UUID productVersionId, String apiId,
		String endUserOrganisationName, String state, String hcid, boolean acceptableUseInForce) {

	private static final Set<String> ACCEPTED_OR_LATER = Set.of("ACCEPTED", "INT_SIGNED_OFF", "GO", "LIVE");

	private static final Set<String> DECIDED_GO = Set.of("GO", "LIVE");

	/**
	 * Whether the supplier accepted it and it has not been declined, refused or ended
	 * since.
	 */
	public boolean isAcceptedOrLater() {
		return ACCEPTED_OR_LATER.contains(this.state);
	}

	/** Whether the end user organisation decided go (and may be live already). */
	public boolean isGo() {
		return DECIDED_GO.contains(this.state);
	}

	public boolean hasHcid() {
		return this.hcid != null && !this.hcid.isBlank();
	}

}
