package digital.onboarding.account;

/**
 * The terms of use people agree to when they create an account. The version is recorded
 * with each acceptance; a change to the text in
 * {@code templates/account/terms-of-use.html} gets a new version.
 */
public final class TermsOfUse {

	public static final String CURRENT_VERSION = "2026-11";

	private TermsOfUse() {
	}

}
