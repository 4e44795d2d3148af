package digital.onboarding.assurance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers that cannot be saved or submitted, with a message per question id, in the order
 * the questions are asked. Nothing was stored.
 */
public class AnswersRejectedException extends RuntimeException {

	private final Map<String, String> problems;

	AnswersRejectedException(String summary, Map<String, String> problems) {
		super(summary);
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
