package digital.onboarding.platform;

import java.util.Optional;

/**
 * Whether text can be stored. PostgreSQL refuses the NUL character (U+0000) in text and
 * in jsonb, and half of a UTF-16 surrogate pair cannot be encoded as UTF-8 at all (the
 * driver would store '?' in its place). Both are refused where text enters the service,
 * naming the field, rather than failing or quietly changing where it is saved.
 */
public final class StorableText {

	/** Why text with the NUL character is refused. */
	static final String NUL = "Remove the control character (U+0000): it cannot be stored";

	private StorableText() {
	}

	/**
	 * Why the text cannot be stored, in words a person can act on; empty if it can.
	 */
	public static Optional<String> problem(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return Optional.of(NUL);
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return Optional.of("Remove the incomplete character (U+%04X): it cannot be stored".formatted((int) c));
			}
		}
		return Optional.empty();
	}

}
