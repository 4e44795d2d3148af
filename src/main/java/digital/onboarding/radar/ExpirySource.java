package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where the radar finds things of one kind with an end date. Each kind is one
 * implementation in this module, reading another module's public API; the radar finds
 * them all as Spring beans, so adding a kind is adding one class.
 */
public interface ExpirySource {

	ExpiryKind kind();

	/**
	 * Every such thing with an end date that still matters: in force, or lapsed and not
	 * yet replaced. Things withdrawn for other reasons (revoked, superseded) are left
	 * out.
	 */
	List<Expiry> all();

	/**
	 * Whether reaching this threshold warns; every one by default. Short-lived things,
	 * such as a link valid for 30 days, warn only near the end.
	 */
	default boolean warnsAt(Urgency urgency) {
		return true;
	}

	/** The organisation's such things. */
	default List<Expiry> of(UUID organisationId) {
		return all().stream().filter(expiry -> expiry.organisationId().equals(organisationId)).toList();
	}

	/**
	 * Does what follows when the thing lapses, such as marking it expired or pausing
	 * applications. Called once per thing and end date, in the transaction that records
	 * the lapse warning; nothing by default.
	 * @param day the day the radar runs for: the day it ends, or later if the run was
	 * late
	 */
	default void lapsed(Expiry expiry, LocalDate day) {
	}

}
