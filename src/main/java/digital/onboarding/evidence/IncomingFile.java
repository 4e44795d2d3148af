package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file that has not been read yet, such as one in the body of a request: it is opened
 * only once the person sending it may upload, so anyone else is refused before the body
 * is read.
 */
@FunctionalInterface
public interface IncomingFile {

	/**
	 * Reads up to the start of the file's content.
	 * @throws IOException if it cannot be read, or does not hold a file where expected
	 */
	Opened open() throws IOException;

	/**
	 * @param filename the name it was sent with, or null; only shown, never trusted
	 * @param content the file's content, read once; whoever supplied it closes it if it
	 * needs closing (a request's body is closed by the servlet container)
	 */
	record Opened(String filename, InputStream content) {
	}

}
