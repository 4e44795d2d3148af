package digital.onboarding.review;

/**
 * A decision or recommendation that lacks something the person must give, named so a page
 * can show the message beside the field.
 */
public class IncompleteDecisionException extends IllegalArgumentException {

	/** The field to correct: {@code decision} or {@code reason}. */
	private final String field;

	IncompleteDecisionException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
