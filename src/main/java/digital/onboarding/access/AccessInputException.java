package digital.onboarding.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused, with a message for each field that a person can act on; nothing was
 * saved.
 */
public class AccessInputException extends IllegalArgumentException {

	private final Map<String, String> errors;

	/**
	 * @param errors each field's problem, in the order of the form; not empty
	 */
	public AccessInputException(Map<String, String> errors) {
		super(errors.values().iterator().next());
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public AccessInputException(String field, String message) {
		this(Map.of(field, message));
	}

	public Map<String, String> errors() {
		return this.errors;
	}

}
