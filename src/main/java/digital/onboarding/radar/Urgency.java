package digital.onboarding.radar;

/**
 * How soon something ends, which decides its tag on the radar and which warning it is
 * due. Warnings go at 90, 30 and 7 days before and on the day.
 */
public enum Urgency {

	/** The end date has come: it no longer counts. */
	LAPSED("Lapsed", "red", 0),

	WITHIN_7_DAYS("7 days or less", "orange", 7),

	WITHIN_30_DAYS("30 days or less", "yellow", 30),

	WITHIN_90_DAYS("90 days or less", "blue", 90),

	/** More than 90 days away: no warning yet. */
	LATER("More than 90 days", "grey", Integer.MAX_VALUE);

	private final String label;

	private final String colour;

	private final int days;

	Urgency(String label, String colour, int days) {
		this.label = label;
		this.colour = colour;
		this.days = days;
	}

	/** The most urgent threshold reached with so many days left. */
	public static Urgency of(long daysLeft) {
		for (var urgency : values()) {
			if (daysLeft <= urgency.days) {
				return urgency;
			}
		}
		return LATER;
	}

	public String label() {
		return this.label;
	}

	/** The NHS.UK tag colour. */
	public String colour() {
		return this.colour;
	}

	/** Whether reaching it sends a warning. */
	public boolean warns() {
		return this != LATER;
	}

}
