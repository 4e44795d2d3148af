package digital.onboarding.catalogue.programme;

/**
 * One answer a choice question offers.
 *
 * @param value what is stored and what conditions compare, e.g. {@code data-processor}
 * @param label what the applicant reads
 * @param hint a sentence under the label; {@code null} if none
 */
public record Option(String value, String label, String hint) {

	static final Option YES = new Option("yes", "Yes", null);

	static final Option NO = new Option("no", "No", null);

}
