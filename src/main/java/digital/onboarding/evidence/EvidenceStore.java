package digital.onboarding.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence content is kept: a folder by default; an object store (S3) on a cluster.
 * Keys are chosen by the service, never taken from an upload, and contain only lower-case
 * letters, digits, {@code -} and {@code /}.
 */
public interface EvidenceStore {

	/**
	 * Copies the stream under the key. Readers see the whole content or nothing: if the
	 * stream fails part way, nothing is kept under the key.
	 */
	void write(String key, InputStream content) throws IOException;

	/** Opens what is kept under the key for reading, as a stream. */
	InputStream open(String key) throws IOException;

	/** Removes what is kept under the key, if anything. */
	void delete(String key) throws IOException;

}
