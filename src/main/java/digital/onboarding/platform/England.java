package digital.onboarding.platform;

import java.time.ZoneId;

/**
 * The service's calendar: days, deadlines and the dates people read are England's,
 * wherever the service runs.
 */
public final class England {

	public static final ZoneId TIME_ZONE = ZoneId.of("Europe/London");

	private England() {
	}

}
