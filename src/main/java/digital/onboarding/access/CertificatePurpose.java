package digital.onboarding.access;

/** What a supplier's certificate is for, in the chain seed 002 describes. */
public enum CertificatePurpose {

	ROOT("root", "root certificate", "Root certificate"),
	INTERMEDIATE("intermediate", "intermediate certificate", "Intermediate certificate"),
	MTLS("mtls", "mTLS certificate", "mTLS client certificate"),
	SIGNING("signing", "signing certificate", "WS-Security (XUA SAML) signing certificate");

	private final String field;

	private final String name;

	private final String label;

	CertificatePurpose(String field, String name, String label) {
		this.field = field;
		this.name = name;
		this.label = label;
	}

	/** The form field and API property that holds it. */
	public String field() {
		return this.field;
	}

	/** As messages name it: "The mTLS certificate expired on …". */
	public String description() {
		return this.name;
	}

	/** As pages name it. */
	public String label() {
		return this.label;
	}

	public boolean isLeaf() {
		return this == MTLS || this == SIGNING;
	}

}
