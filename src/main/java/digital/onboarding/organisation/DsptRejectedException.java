package digital.onboarding.organisation;

import java.util.Map;

/** DSPT details that cannot be recorded, with what is wrong by field. */
public class DsptRejectedException extends IllegalArgumentException {

	private final Map<String, String> problems;

	DsptRejectedException(Map<String, String> problems) {
		super(String.join("; ", problems.values()));
		this.problems = Map.copyOf(problems);
	}

	/** What is wrong, by field ({@code status}, {@code published}). */
	public Map<String, String> problems() {
		return this.problems;
	}

}
