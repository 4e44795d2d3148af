package digital.onboarding.catalogue;

import java.util.List;

/**
 * The programme files have problems; the service does not start until every one is fixed.
 */
class InvalidProgrammeFilesException extends RuntimeException {

	private final List<String> problems;

	InvalidProgrammeFilesException(List<String> problems) {
		super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the programme files:\n  "
				+ String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem as {@code file: path: what is wrong}. */
	List<String> problems() {
		return this.problems;
	}

}
