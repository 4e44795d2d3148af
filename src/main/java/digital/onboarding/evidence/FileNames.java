package digital.onboarding.evidence;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * File names from uploads, made safe to show, store and send back in a download.
 */
final class FileNames {

	static final String FALLBACK = "evidence";

	static final int MAX_LENGTH = 200;

	/** Control characters and those Windows forbids in a file name. */
	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"*:<>?|]");

	/** RFC 5987 attr-char: what a {@code filename*} value may carry unencoded. */
	private static final Pattern ATTR_CHAR = Pattern.compile("[A-Za-z0-9!#$&+.^_`|~-]");

	/** What a quoted {@code filename} may safely carry for old clients. */
	private static final Pattern PLAIN = Pattern.compile("[^A-Za-z0-9 ._()+-]");

	private FileNames() {
	}

	/**
	 * The last part of the name as a browser or client sent it (some send the whole
	 * path), without unsafe characters, leading dots or surrounding spaces, and short
	 * enough to keep its extension.
	 */
	static String sanitise(String original) {
		if (original == null) {
			return FALLBACK;
		}
		var name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(name).replaceAll("_").strip().replaceFirst("^\\.+", "");
		if (name.isBlank()) {
			return FALLBACK;
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			var extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

	/**
	 * An RFC 6266 {@code Content-Disposition} that makes browsers save the file: the name
	 * in UTF-8 for current clients and an ASCII approximation for old ones.
	 */
	static String attachment(String filename) {
		return "attachment; filename=\"" + PLAIN.matcher(filename).replaceAll("_") + "\"; filename*=UTF-8''"
				+ percentEncode(filename);
	}

	private static String percentEncode(String value) {
		var encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			var c = (char) (b & 0xff);
			if (c < 0x80 && ATTR_CHAR.matcher(String.valueOf(c)).matches()) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

}
