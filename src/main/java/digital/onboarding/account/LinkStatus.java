package digital.onboarding.account;

/**
 * What a link from an email or the start-up log turned out to be when someone followed
 * it.
 */
public enum LinkStatus {

	VALID,

	/** Older than its validity; a new one can be sent. */
	EXPIRED,

	/** Already followed, or replaced by a newer link. */
	USED,

	/** Not a link this service issued. */
	UNKNOWN;

}
