package digital.onboarding.access;

import java.util.List;

import digital.onboarding.platform.ConflictException;

/** An environment's gate is not met yet; lists everything still missing. */
public class GatesNotMetException extends ConflictException {

	private final List<String> missing;

	public GatesNotMetException(Environment environment, List<String> missing) {
		super(environment.label() + " access needs more first: " + String.join("; ", missing));
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return this.missing;
	}

}
