package digital.onboarding.catalogue;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * {@code published.lock} beside the programme files: one line per published programme
 * version, {@code api-id version sha-256}, kept when newer versions follow. A published
 * version is immutable, because applications were answered against it; this file is how a
 * change to one is noticed, and refused, before it ships.
 */
final class PublishedLock {

	static final String FILE = "published.lock";

	private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+) ([0-9a-f]{64})");

	private final Map<String, String> fingerprints;

	private PublishedLock(Map<String, String> fingerprints) {
		this.fingerprints = fingerprints;
	}

	/** The lock; empty if there is no file, so that any published version is reported. */
	static PublishedLock read(Resource resource, FileProblems problems) {
		var fingerprints = new HashMap<String, String>();
		try (var reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			var number = 0;
			for (var line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				var text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				var matcher = LINE.matcher(text);
				if (!matcher.matches()) {
					problems.add("line " + number, "must be: api-id version sha-256");
				}
				else if (fingerprints.putIfAbsent(key(matcher.group(1), matcher.group(2)), matcher.group(3)) != null) {
					problems.add("line " + number, matcher.group(1) + " " + matcher.group(2) + " is listed twice");
				}
			}
		}
		catch (FileNotFoundException ex) {
			// No version has been published yet.
		}
		catch (IOException ex) {
			problems.add(null, "cannot be read: " + ex.getMessage());
		}
		return new PublishedLock(fingerprints);
	}

	/**
	 * Reports a published version whose content differs from when it was published, one
	 * published but not locked, and a locked one that is no longer marked published.
	 * @param programme the file's {@code programme} block, for its paths
	 */
	void check(String apiId, String version, boolean published, String fingerprint, YamlMap programme) {
		var locked = this.fingerprints.get(key(apiId, version));
		if (locked == null) {
			if (published) {
				programme.problem("published", "version " + version + " is published, so " + FILE
						+ " must list it; add the line: " + apiId + " " + version + " " + fingerprint);
			}
		}
		else if (!published) {
			programme.problem("version", "version " + version + " is already published (" + FILE
					+ "); give a changed programme a new version");
		}
		else if (!locked.equals(fingerprint)) {
			programme.problem("version", "version " + version + " was published with other content (" + FILE
					+ "); publish the change as a new version, or undo it");
		}
	}

	private static String key(String apiId, String version) {
		return apiId + " " + version;
	}

}
