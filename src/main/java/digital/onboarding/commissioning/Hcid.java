package digital.onboarding.commissioning;

import java.util.Locale;
import java.util.Optional;

/**
 * R-hcid: a Home Community ID is {@code urn:oid:} followed by an OID, at most 64
 * characters in all. Each way of getting it wrong has its own message, so the person can
 * put it right.
 */
public final class Hcid {

	public static final String PREFIX = "urn:oid:";

	public static final int MAX_LENGTH = 64;

	private Hcid() {
	}

	/** What is wrong with the HCID, if anything; a missing one is a problem too. */
	public static Optional<String> problemWith(String hcid) {
		if (hcid == null || hcid.isBlank()) {
			return Optional.of("Enter your organisation's HCID");
		}
		var text = hcid.strip();
		if (!text.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			return Optional.of("The HCID must start with urn:oid:, like urn:oid:2.16.840.1.113883.2.1.4.1");
		}
		if (text.length() > MAX_LENGTH) {
			return Optional.of("The HCID must be " + MAX_LENGTH + " characters or fewer");
		}
		var oid = text.substring(PREFIX.length());
		if (oid.isEmpty()) {
			return Optional.of("Enter the OID after urn:oid:");
		}
		if (!oid.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
			return Optional.of("The OID after urn:oid: must contain only digits and dots");
		}
		var arcs = oid.split("\\.", -1);
		for (var arc : arcs) {
			if (arc.isEmpty()) {
				return Optional.of("The OID must not have an empty arc: put a number between each pair of dots, "
						+ "and none at the start or end");
			}
		}
		for (var arc : arcs) {
			if (arc.length() > 1 && arc.charAt(0) == '0') {
				return Optional.of("An arc of the OID must not start with 0, as " + arc + " does");
			}
		}
		if (arcs.length < 2) {
			return Optional.of("The OID must have at least two arcs, like 2.16");
		}
		if (!arcs[0].equals("0") && !arcs[0].equals("1") && !arcs[0].equals("2")) {
			return Optional.of("The OID's first arc must be 0, 1 or 2");
		}
		if (!arcs[0].equals("2") && (arcs[1].length() > 2 || Integer.parseInt(arcs[1]) > 39)) {
			return Optional.of("The OID's second arc must be 39 or less when its first arc is 0 or 1");
		}
		return Optional.empty();
	}

	/**
	 * The HCID as stored: {@code urn:oid:} in lower case and the OID as given.
	 * @throws IllegalArgumentException if it is not a valid HCID
	 */
	public static String normalise(String hcid) {
		problemWith(hcid).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		var text = hcid.strip();
		return PREFIX + text.substring(PREFIX.length());
	}

}
