package digital.onboarding.notification;

/**
 * What a notice is about. Comments and replies share one email preference, since a
 * conversation on a revision is what people want either as it happens or once a day.
 */
public enum Topic {

	SUBMISSION("Submission"), DECISION("Decision"), COMMENT("Comment"), REPLY("Reply"), OVERDUE("Overdue"),
	EXPIRY("Expiry");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	/** How pages name the topic. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether notices on this topic follow the person's choice for comments and replies
	 * ({@link CommentDelivery}); every other topic is emailed as it happens.
	 */
	public boolean isComment() {
		return this == COMMENT || this == REPLY;
	}

}
