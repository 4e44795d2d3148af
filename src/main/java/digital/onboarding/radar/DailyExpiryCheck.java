package digital.onboarding.radar;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the radar each morning on one node, under a lock. Running it twice is harmless
 * anyway: each warning is remembered in the transaction that sends it.
 */
@Component
class DailyExpiryCheck {

	private final ExpiryRadar radar;

	DailyExpiryCheck(ExpiryRadar radar) {
		this.radar = radar;
	}

	@Scheduled(cron = "${onboarding.radar.cron:0 30 6 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "expiry-radar", lockAtMostFor = "PT30M")
	void daily() {
		this.radar.run(this.radar.today());
	}

}
