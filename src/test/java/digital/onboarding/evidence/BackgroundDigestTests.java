package digital.onboarding.evidence;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The SHA-256 computed on its own thread is the SHA-256, whatever the content's size. */
class BackgroundDigestTests {

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, BackgroundDigest.BLOCK_SIZE - 1, BackgroundDigest.BLOCK_SIZE,
			BackgroundDigest.BLOCK_SIZE + 1, 7 * BackgroundDigest.BLOCK_SIZE + 12_345 })
	void theDigestIsTheSha256OfTheContentGivenInPiecesOfAnySize(int size) throws Exception {
		var content = new byte[size];
		new Random(size).nextBytes(content);
		var digest = new BackgroundDigest();
		var random = new Random(1);
		int at = 0;
		while (at < size) {
			if (random.nextInt(10) == 0) {
				digest.update(content[at++]);
			}
			else {
				int length = Math.min(size - at, random.nextInt(100_000));
				digest.update(content, at, length);
				at += length;
			}
		}
		assertThat(digest.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
	}

	@Test
	void anAbandonedDigestStopsItsThread() throws IOException, InterruptedException {
		var digest = new BackgroundDigest();
		digest.update(new byte[2 * BackgroundDigest.BLOCK_SIZE], 0, 2 * BackgroundDigest.BLOCK_SIZE);
		assertThat(digest.hashing()).isTrue();
		digest.abandon();
		for (int i = 0; i < 100 && digest.hashing(); i++) {
			Thread.sleep(20);
		}
		assertThat(digest.hashing()).isFalse();
	}

	@Test
	void contentSmallerThanABlockNeedsNoThread() throws IOException {
		var digest = new BackgroundDigest();
		digest.update(new byte[1000], 0, 1000);
		assertThat(digest.hashing()).isFalse();
		assertThat(digest.sha256()).hasSize(64);
	}

}
