package digital.onboarding.commissioning;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, ends the commissions whose end date passed. One node runs it at a time, and
 * running it twice ends nothing twice.
 */
@Component
class LapsedCommissions {

	private final Commissioning commissioning;

	LapsedCommissions(Commissioning commissioning) {
		this.commissioning = commissioning;
	}

	@Scheduled(cron = "${onboarding.commissions.lapse-cron:0 15 0 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "commissions-lapsed", lockAtMostFor = "PT30M")
	void endLapsed() {
		this.commissioning.endLapsed();
	}

}
