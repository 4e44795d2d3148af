package digital.onboarding.catalogue;

import java.util.List;

/**
 * The problems found in one file, each written as {@code file: path: what is wrong} into
 * the list shared by every file read, so all are reported at once.
 */
final class FileProblems {

	private final String file;

	private final List<String> problems;

	private final int before;

	FileProblems(String file, List<String> problems) {
		this.file = file;
		this.problems = problems;
		this.before = problems.size();
	}

	String file() {
		return this.file;
	}

	/**
	 * @param path where in the file, like {@code programme.stages[0].id}; {@code null}
	 * for the file as a whole
	 */
	void add(String path, String message) {
		this.problems.add((path == null || path.isEmpty() ? this.file : this.file + ": " + path) + ": " + message);
	}

	/** Whether this file has added any problem so far. */
	boolean any() {
		return this.problems.size() > this.before;
	}

}
