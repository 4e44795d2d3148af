package digital.onboarding.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which text PostgreSQL can store: everything but the NUL character and half of a
 * surrogate pair.
 */
class StorableTextTests {

	@Test
	void textWithAnyCharacterButNulAndWholeSurrogatePairsCanBeStored() {
		assertThat(StorableText.problem("Beacon Ltd – Prüfbericht 😀 \t\r\n\u0001\u007f\uFFFD")).isEmpty();
		assertThat(StorableText.problem("")).isEmpty();
	}

	@Test
	void theNulCharacterCannotBeStored() {
		assertThat(StorableText.problem("Beacon\u0000 Ltd"))
			.hasValue("Remove the control character (U+0000): it cannot be stored");
	}

	@Test
	void halfOfASurrogatePairCannotBeStored() {
		assertThat(StorableText.problem("smile \uD83D"))
			.hasValue("Remove the incomplete character (U+D83D): it cannot be stored");
		assertThat(StorableText.problem("\uDE00 after"))
			.hasValue("Remove the incomplete character (U+DE00): it cannot be stored");
		assertThat(StorableText.problem("\uD83D\uD83D\uDE00")).as("a high surrogate followed by a pair")
			.hasValue("Remove the incomplete character (U+D83D): it cannot be stored");
	}

}
