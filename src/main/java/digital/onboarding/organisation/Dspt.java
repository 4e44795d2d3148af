package digital.onboarding.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organisation's DSPT status as it gives it: a status and the date it was published. A
 * publication lasts 12 months.
 */
public record Dspt(DsptStatus status, LocalDate published) {

	/** How long a publication counts before the organisation must publish again. */
	public static final int MONTHS_VALID = 12;

	/** The day the publication stops counting. */
	public LocalDate endsOn() {
		return this.published.plusMonths(MONTHS_VALID);
	}

	/**
	 * Whether it counts on the day: published in the 12 months before, and not a status
	 * of lapsed, which the toolkit shows when a publication was not renewed in time.
	 */
	public boolean countsOn(LocalDate day) {
		return this.status != DsptStatus.LAPSED && endsOn().isAfter(day);
	}

	/**
	 * What is wrong with it, by field, as a person can put it right; empty if nothing.
	 */
	public Map<String, String> problems(LocalDate today) {
		var problems = new LinkedHashMap<String, String>();
		if (this.status == null) {
			problems.put("status", "Select your organisation's DSPT status");
		}
		if (this.published == null) {
			problems.put("published", "Enter the date your DSPT status was published");
		}
		else if (this.published.isAfter(today)) {
			problems.put("published", "The date your DSPT status was published must be today or in the past");
		}
		else if (this.published.isBefore(LocalDate.of(2018, 4, 1))) {
			// The toolkit replaced the IG Toolkit in April 2018: anything older is a
			// typing slip.
			problems.put("published", "The date your DSPT status was published must be on or after 1 April 2018");
		}
		return problems;
	}

}
