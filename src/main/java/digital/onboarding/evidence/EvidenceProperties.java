package digital.onboarding.evidence;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence is kept and what an upload may be.
 *
 * @param folder where the folder store keeps files
 * @param maxFileSize the largest file accepted; multipart uploads are limited to it too
 * @param zip what a ZIP file (or a document that is one inside) may hold
 * @param clamd the virus scanner; files are not scanned while its host is blank
 */
@ConfigurationProperties("onboarding.evidence")
record EvidenceProperties(@DefaultValue("./evidence") Path folder, @DefaultValue("250MB") DataSize maxFileSize,
		@DefaultValue ZipLimits zip, @DefaultValue Clamd clamd) {

	/**
	 * Limits that keep a small archive from unpacking into something huge on a reviewer's
	 * machine.
	 *
	 * @param maxEntries files and folders in the archive, counting those in nested
	 * archives
	 * @param maxUncompressedSize everything unpacked, counting nested archives' contents
	 * @param maxNestingDepth archives inside archives: 1 allows a ZIP in the ZIP but no
	 * deeper
	 */
	record ZipLimits(@DefaultValue("10000") int maxEntries, @DefaultValue("1GB") DataSize maxUncompressedSize,
			@DefaultValue("2") int maxNestingDepth) {
	}

	/**
	 * A clamd daemon reached over TCP.
	 *
	 * @param host blank to scan nothing
	 * @param timeout how long to wait for clamd to connect and to answer
	 */
	record Clamd(String host, @DefaultValue("3310") int port, @DefaultValue("PT2M") Duration timeout) {

		boolean configured() {
			return this.host != null && !this.host.isBlank();
		}

	}

}
