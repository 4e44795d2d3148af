package digital.onboarding.support;

/**
 * Complete answers to the eligibility sections, as the JSON API takes them.
 */
public final class EligibilityAnswers {

	private EligibilityAnswers() {
	}

	/** The organisation details section, with ODS code X26. */
	public static String organisation(String legalName) {
		return organisation(legalName, "X26");
	}

	public static String organisation(String legalName, String odsCode) {
		return """
				{"organisation-name":"%s","organisation-has-ods-code":"yes","organisation-ods-code":"%s",
				 "commissioner-ods-code-differs":"no",
				 "submitting-contact":{"name":"Ada Lovelace","role":"Director","email":"ada@example.org"}}"""
			.formatted(legalName, odsCode);
	}

	/** The product details section of a product using the imaging registry. */
	public static String product(String version) {
		return """
				{"product-has-version":"yes","product-version":"%s","product-architecture":"A web viewer",
				 "product-hosting":"supplier-hosted","product-users":"staff","product-hscn":"yes",
				 "product-nhs-apis":["nir"],"product-care-identity":"yes","product-use-case":"Clinicians view images"}"""
			.formatted(version);
	}

	/** NHS login's own eligibility section, meeting every criterion (scenario 1). */
	public static String nhsLogin() {
		return """
				{"serves-patients-in-england":"yes","patient-facing":"yes","health-or-care-benefit":"yes",
				 "commissioned-or-sponsored":"yes","free-at-point-of-delivery":"yes",
				 "sponsorship-scenario":"live-commissioned"}""";
	}

}
