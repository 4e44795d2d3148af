package digital.onboarding.organisation;

/**
 * What a member may do in their organisation. Admins change its data and manage its
 * members; owners also make, change and remove owners; viewers read and change nothing.
 */
public enum MemberRole {

	OWNER("Owner"), ADMIN("Admin"), VIEWER("Viewer");

	private final String label;

	MemberRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether this role may change the organisation's data (products, contacts, answers).
	 */
	public boolean canChange() {
		return this != VIEWER;
	}

	/** The lesser of two roles: a token never grants more than its holder has. */
	public MemberRole atMost(MemberRole other) {
		return this.ordinal() >= other.ordinal() ? this : other;
	}

}
