package digital.onboarding.radar;

/**
 * A kind of thing with an end date, as its source names it.
 *
 * @param id stable and URL-safe, used to filter the radar and in warning keys, e.g.
 * {@code dspt}
 * @param label how pages name it, e.g. "DSPT publication"
 */
public record ExpiryKind(String id, String label) {

	public ExpiryKind {
		if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("a kind's id is lower case letters, digits and hyphens");
		}
	}

}
