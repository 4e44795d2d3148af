package digital.onboarding.agreement;

/**
 * What a signatory's link leads to.
 *
 * @param agreement the agreement, or {@code null} if the link is {@link Status#UNKNOWN}
 */
public record AgreementLink(Status status, ConnectionAgreement agreement) {

	/** Whether the link can still be used to accept. */
	public enum Status {

		/** Waiting for the signatory. */
		OPEN,

		/** Already used to accept the agreement. */
		USED,

		/** Past its expiry date; the applicant can send another. */
		EXPIRED,

		/**
		 * The agreement will not be accepted through it: the applicant changed the
		 * section, staff returned it, or a newer version took its place.
		 */
		WITHDRAWN,

		/** Not a link the service sent, or replaced by a link sent again. */
		UNKNOWN

	}

}
