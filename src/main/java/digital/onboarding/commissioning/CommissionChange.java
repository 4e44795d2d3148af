package digital.onboarding.commissioning;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in a commission's life, as {@link Commission} allows it: the state it leaves
 * and the one it reaches, when, by whom ({@code null} for the service itself) and the
 * reason given, where the step takes one. {@link Commissions} stores it.
 */
record CommissionChange(UUID commissionId, CommissionState from, CommissionState to, Instant at, UUID by,
		String reason) {

}
