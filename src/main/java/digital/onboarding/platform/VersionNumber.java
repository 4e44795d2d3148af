package digital.onboarding.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rule R-version: a product version is significant ({@code major.minor}) and is assured,
 * or a patch ({@code major.minor.patch}) that belongs to its significant version and
 * inherits its assurance.
 */
public record VersionNumber(int major, int minor, Integer patch) {

	private static final Pattern FORMAT = Pattern
		.compile("^(0|[1-9]\\d{0,5})\\.(0|[1-9]\\d{0,5})(?:\\.(0|[1-9]\\d{0,5}))?$");

	public static final String PROBLEM = "Enter a version like 2.1, or 2.1.3 for a patch";

	public static Optional<VersionNumber> parse(String text) {
		var matcher = FORMAT.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new VersionNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3))));
	}

	public boolean isPatch() {
		return this.patch != null;
	}

	/** The significant version this number belongs to, e.g. 2.1 for 2.1.3. */
	public String significant() {
		return this.major + "." + this.minor;
	}

	@Override
	public String toString() {
		return isPatch() ? significant() + "." + this.patch : significant();
	}

}
