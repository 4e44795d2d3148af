package digital.onboarding.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An evidence file opened for reading: its record and its content, streamed from the
 * store. Close it when done.
 */
public record EvidenceContent(Evidence evidence, InputStream content) implements Closeable {

	@Override
	public void close() throws IOException {
		this.content.close();
	}

}
