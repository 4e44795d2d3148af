package digital.onboarding.evidence;

import digital.onboarding.support.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderEvidenceStoreTests {

	@TempDir
	Path folder;

	@Test
	void writesReadsAndDeletes() throws IOException {
		var store = new FolderEvidenceStore(this.folder);
		store.write("org-1/file-1", new ByteArrayInputStream(Samples.pdf()));
		try (var in = store.open("org-1/file-1")) {
			assertThat(in.readAllBytes()).isEqualTo(Samples.pdf());
		}
		store.delete("org-1/file-1");
		assertThat(this.folder.resolve("org-1")).isEmptyDirectory();
	}

	@Test
	void anUploadThatFailsPartWayLeavesNothing() throws IOException {
		var store = new FolderEvidenceStore(this.folder);
		var failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		});
		assertThatThrownBy(() -> store.write("org-1/file-2", failing)).hasMessage("connection reset");
		try (var files = Files.list(this.folder.resolve("org-1"))) {
			assertThat(files).as("no partial file, under its key or a temporary name").isEmpty();
		}
	}

	@Test
	void keysCannotReachOutsideTheFolder() {
		var store = new FolderEvidenceStore(this.folder.resolve("store"));
		for (var key : new String[] { "../outside", "/etc/passwd", "a/../../b", "A/B", "" }) {
			assertThatThrownBy(() -> store.write(key, new ByteArrayInputStream(new byte[1]))).as(key)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

}
