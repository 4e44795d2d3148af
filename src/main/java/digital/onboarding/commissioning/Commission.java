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

	// Its life: each step checks that the commission is where the step starts from.

	/** The supplier accepts, and INT testing begins. */
	CommissionChange accept(UUID by, Instant at) {
		return step(CommissionState.COMMISSIONED, "cannot be accepted now", CommissionState.ACCEPTED, by, at, null);
	}

	/** The supplier declines, saying why. */
	CommissionChange decline(UUID by, Instant at, String reason) {
		return step(CommissionState.COMMISSIONED, "cannot be declined now", CommissionState.DECLINED, by, at, reason);
	}

	/**
	 * Checks that INT test runs may be recorded: only while testing is under way.
	 */
	void requireTesting() {
		if (this.state != CommissionState.ACCEPTED) {
			throw new CommissionTransitionRefusedException(this.state,
					"test runs can be recorded only while INT testing is under way");
		}
	}

	/** The end user organisation signs INT testing off. */
	CommissionChange signOffInt(UUID by, Instant at) {
		return step(CommissionState.ACCEPTED, "cannot be signed off now", CommissionState.INT_SIGNED_OFF, by, at, null);
	}

	/** The end user organisation decides go, or no-go with a reason. */
	CommissionChange decide(boolean go, UUID by, Instant at, String reason) {
		return step(CommissionState.INT_SIGNED_OFF, "cannot be decided on now",
				go ? CommissionState.GO : CommissionState.NO_GO, by, at, go ? null : reason);
	}

	/** Production access was granted after a go decision: the service is live. */
	CommissionChange goLive(UUID by, Instant at) {
		return step(CommissionState.GO, "can go live only after the end user organisation decided go",
				CommissionState.LIVE, by, at, null);
	}

	/**
	 * The end user organisation ends it, or its end date passed ({@code by} is then
	 * {@code null}).
	 */
	CommissionChange end(UUID by, Instant at, String reason) {
		if (!this.state.isOpen()) {
			throw new CommissionTransitionRefusedException(this.state, "cannot be ended");
		}
		return new CommissionChange(this.id, this.state, CommissionState.ENDED, at, by, reason);
	}

	private CommissionChange step(CommissionState from, String refusal, CommissionState to, UUID by, Instant at,
			String reason) {
		if (this.state != from) {
			throw new CommissionTransitionRefusedException(this.state, refusal);
		}
		return new CommissionChange(this.id, from, to, at, by, reason);
	}

}
