package digital.onboarding.evidence;

/**
 * An upload the service does not keep, with a message the person uploading can act on.
 * Nothing of a refused file is left in the store.
 */
public class EvidenceRefusedException extends RuntimeException {

	/** Why, so each edge can answer in its own way (a form error, a status code). */
	public enum Reason {

		/** Larger than the configured limit. */
		TOO_LARGE,

		/** Not a single byte. */
		EMPTY,

		/** Not a PDF, image, office document or ZIP. */
		UNSUPPORTED_TYPE,

		/** A ZIP (or document that is one) that could harm whoever unpacks it. */
		UNSAFE_ARCHIVE,

		/** The virus scanner found a threat. */
		INFECTED,

		/** The virus scanner could not be asked: the upload may be tried again later. */
		SCANNER_UNAVAILABLE,

		/** The evidence store has no room left: nothing was kept. */
		STORE_FULL,

		/** The evidence store failed while keeping the file: nothing was kept. */
		STORE_FAILED

	}

	private final Reason reason;

	public EvidenceRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public EvidenceRefusedException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
