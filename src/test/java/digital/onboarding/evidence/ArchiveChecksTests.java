package digital.onboarding.evidence;

import digital.onboarding.support.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import digital.onboarding.evidence.EvidenceProperties.ZipLimits;
import digital.onboarding.evidence.EvidenceRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A ZIP must be safe to unpack: no escaping paths, no bombs, no deep nesting. */
class ArchiveChecksTests {

	private final ArchiveChecks checks = new ArchiveChecks(new ZipLimits(20, DataSize.ofMegabytes(1), 1));

	@TempDir
	Path folder;

	@Test
	void anOrdinaryZipAndADocumentPass() {
		assertThatNoException().isThrownBy(() -> check(Samples.zip(Map.of("report/summary.pdf", Samples.pdf(),
				"report/screenshot.png", Samples.png(), "folder/", new byte[0]))));
		assertThatNoException().isThrownBy(() -> check(Samples.docx()));
	}

	@Test
	void aPathThatLeavesItsFolderIsRefused() {
		for (var name : new String[] { "../../etc/cron.d/job", "report/../../outside.txt", "/etc/passwd",
				"..\\windows\\system.ini", "C:\\autoexec.bat" }) {
			assertThatThrownBy(() -> check(Samples.zip(name, Samples.ascii("x")))).as(name)
				.isInstanceOf(EvidenceRefusedException.class)
				.hasMessage("The ZIP file contains a path that leaves its folder: " + name)
				.extracting("reason")
				.isEqualTo(Reason.UNSAFE_ARCHIVE);
		}
		assertThat(ArchiveChecks.leavesItsFolder("notes..txt")).as("two dots inside a name").isFalse();
	}

	@Test
	void tooManyEntriesAreRefused() {
		var entries = new LinkedHashMap<String, byte[]>();
		for (int i = 0; i < 21; i++) {
			entries.put("file-" + i + ".txt", Samples.ascii("x"));
		}
		assertThatThrownBy(() -> check(Samples.zip(entries))).isInstanceOf(EvidenceRefusedException.class)
			.hasMessage("The ZIP file must contain no more than 20 files");
	}

	@Test
	void aZipThatUnpacksToTooMuchIsRefusedThoughItIsSmall() throws IOException {
		var bomb = Samples.zip("zeros.bin", new byte[2 * 1024 * 1024]);
		assertThat(bomb.length).as("compressed").isLessThan(10_000);
		assertThatThrownBy(() -> check(bomb)).isInstanceOf(EvidenceRefusedException.class)
			.hasMessage("The ZIP file must unpack to no more than 1 MB");
	}

	@Test
	void theContentsOfNestedZipsCountTowardsTheLimits() {
		var inner = Samples.zip("zeros.bin", new byte[700 * 1024]);
		var outer = Samples.zip(Map.of("a.zip", inner, "b.bin", new byte[400 * 1024]));
		assertThatThrownBy(() -> check(outer)).isInstanceOf(EvidenceRefusedException.class)
			.hasMessage("The ZIP file must unpack to no more than 1 MB");
		assertThatThrownBy(() -> check(Samples.zip("inner.zip", Samples.zip("../escape.txt", Samples.ascii("x")))))
			.hasMessage("The ZIP file contains a path that leaves its folder: ../escape.txt");
	}

	@Test
	void aZipInAZipIsAllowedButNotDeeper() {
		var once = Samples.zip("inner.zip", Samples.zip("notes.txt", Samples.ascii("x")));
		assertThatNoException().isThrownBy(() -> check(once));
		var twice = Samples.zip("middle.zip", once);
		assertThatThrownBy(() -> check(twice)).isInstanceOf(EvidenceRefusedException.class)
			.hasMessage("The ZIP file must not contain archives nested more than 1 deep");
	}

	@Test
	void aDamagedZipIsRefused() {
		var zip = Samples.zip("notes.txt", Samples.ascii("some notes that compress"));
		var damaged = java.util.Arrays.copyOf(zip, zip.length - 10);
		assertThatThrownBy(() -> check(damaged)).isInstanceOf(EvidenceRefusedException.class)
			.hasMessageStartingWith("The ZIP file cannot be opened");
	}

	private void check(byte[] zip) throws IOException {
		var file = Files.write(this.folder.resolve("upload.zip"), zip);
		this.checks.check(file, EvidenceKind.ZIP.noun());
	}

}
