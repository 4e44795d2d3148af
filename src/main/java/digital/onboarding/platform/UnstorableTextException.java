package digital.onboarding.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields whose text cannot be stored (see {@link StorableText}), refused before anything
 * is saved. It is a bad request (400), and each field's problem is named, so a page or a
 * client can show it beside the field.
 */
public class UnstorableTextException extends IllegalArgumentException {

	/**
	 * The request attribute that holds this refusal when it is made before any controller
	 * runs, for the error page or problem detail that answers it.
	 */
	public static final String ATTRIBUTE = UnstorableTextException.class.getName();

	private final Map<String, String> errors;

	/**
	 * @param errors each refused field's name and why it was refused
	 */
	public UnstorableTextException(Map<String, String> errors) {
		super(errors.entrySet()
			.stream()
			.findFirst()
			.map(error -> error.getKey() + ": " + error.getValue())
			.orElse("Some text cannot be stored"));
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	/**
	 * Refuses the field's text if it cannot be stored.
	 * @return the text, which can be stored
	 */
	public static String requireStorable(String field, String text) {
		StorableText.problem(text).ifPresent(problem -> {
			throw new UnstorableTextException(Map.of(field, problem));
		});
		return text;
	}

	/** Each refused field's name and why it was refused. */
	public Map<String, String> errors() {
		return this.errors;
	}

}
