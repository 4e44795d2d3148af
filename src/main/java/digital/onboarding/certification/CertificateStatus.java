package digital.onboarding.certification;

/**
 * Where a certificate stands now; only a valid certificate counts on the public register.
 */
public enum CertificateStatus {

	/** In force. */
	VALID("Valid", "green"),

	/** Not in force until staff reinstate it, for the reason given. */
	SUSPENDED("Suspended", "orange"),

	/** Withdrawn for good, for the reason given. */
	REVOKED("Revoked", "red"),

	/** Replaced by the certificate of a newer significant version of the same product. */
	SUPERSEDED("Superseded", "grey"),

	/** Past the date it was valid until; the version must be certified again. */
	EXPIRED("Expired", "grey");

	private final String label;

	private final String colour;

	CertificateStatus(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour the status is shown in. */
	public String colour() {
		return this.colour;
	}

}
