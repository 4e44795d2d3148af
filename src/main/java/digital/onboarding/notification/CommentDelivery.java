package digital.onboarding.notification;

/**
 * How a person with an account wants to be emailed about comments and replies.
 */
public enum CommentDelivery {

	IMMEDIATE("Email me about each one as it arrives"), DAILY_DIGEST("Email me a daily summary");

	private final String label;

	CommentDelivery(String label) {
		this.label = label;
	}

	/** The choice as the settings page offers it. */
	public String label() {
		return this.label;
	}

}
