package digital.onboarding.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import digital.onboarding.account.Person;
import digital.onboarding.platform.England;
import digital.onboarding.staff.StaffRoles;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each working morning, tells every reviewer and approver which reviews of their APIs are
 * past the turnaround target. One node sends it, under a lock.
 */
@Component
class OverdueDigest {

	private final Reviews reviews;

	private final StaffRoles staffRoles;

	private final ReviewNotices notices;

	private final Clock clock;

	OverdueDigest(Reviews reviews, StaffRoles staffRoles, ReviewNotices notices, Clock clock) {
		this.reviews = reviews;
		this.staffRoles = staffRoles;
		this.notices = notices;
		this.clock = clock;
	}

	@Scheduled(cron = "${onboarding.review.overdue-digest-cron:0 0 8 * * MON-FRI}", zone = "Europe/London")
	@SchedulerLock(name = "review-overdue-digest")
	void daily() {
		send();
	}

	/** Sends the digest now; returns how many people were told. */
	@Transactional
	int send() {
		var overdue = this.reviews.overdue(LocalDate.now(this.clock.withZone(England.TIME_ZONE)));
		var reviewersByApi = new HashMap<String, List<Person>>();
		this.staffRoles.all()
			.stream()
			.filter(grant -> ReviewAccess.REVIEWING.contains(grant.role()))
			.forEach(grant -> reviewersByApi.computeIfAbsent(grant.apiId(), key -> new ArrayList<>())
				.add(grant.person()));
		var byPerson = new LinkedHashMap<Person, Set<Review>>();
		for (var review : overdue) {
			review.apiIds()
				.stream()
				.flatMap(apiId -> reviewersByApi.getOrDefault(apiId, List.of()).stream())
				.forEach(person -> byPerson.computeIfAbsent(person, key -> new LinkedHashSet<>()).add(review));
		}
		byPerson.forEach((person, reviews) -> this.notices.overdue(person, List.copyOf(reviews)));
		return byPerson.size();
	}

}
