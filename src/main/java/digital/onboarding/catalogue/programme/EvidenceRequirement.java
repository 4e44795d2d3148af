package digital.onboarding.catalogue.programme;

/**
 * What a file question accepts (rule R-evidence): one file, of at most
 * {@code maxMegabytes}, a PDF, an image, an office document or a ZIP holding several. The
 * evidence module enforces it, checking the content rather than the name.
 *
 * @param maxMegabytes the largest file accepted
 */
public record EvidenceRequirement(int maxMegabytes) {

	public static final String RULE = "R-evidence";

	public static final int DEFAULT_MAX_MEGABYTES = 250;

	public static final EvidenceRequirement DEFAULT = new EvidenceRequirement(DEFAULT_MAX_MEGABYTES);

	/** Several files go in one ZIP, so each item stays one answer with one file. */
	public int maxFiles() {
		return 1;
	}

}
