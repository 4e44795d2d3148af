package digital.onboarding.catalogue;

import java.util.List;
import java.util.stream.Stream;

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
		var where = Stream.of(this.file, path).filter(part -> part != null && !part.isEmpty()).toList();
		this.problems.add(String.join(": ", where) + (where.isEmpty() ? "" : ": ") + message);
	}

	/** Whether this file has added any problem so far. */
	boolean any() {
		return this.problems.size() > this.before;
	}

}
