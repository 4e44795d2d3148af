package digital.onboarding.commissioning;

/**
 * A value given for a commission is refused; says which field, so a page can show the
 * message beside it. It is an {@link IllegalArgumentException}, so the JSON API answers
 * 400 with the message.
 */
public class CommissionRefusedException extends IllegalArgumentException {

	private final String field;

	public CommissionRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field or JSON property that holds the refused value. */
	public String field() {
		return this.field;
	}

}
