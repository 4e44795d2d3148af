package digital.onboarding.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import digital.onboarding.account.AccountManagement;
import digital.onboarding.account.Person;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Stage;
import digital.onboarding.platform.England;
import digital.onboarding.platform.WorkingDays;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff's queue: the revisions submitted for the APIs they review, oldest
 * first, a page at a time.
 */
@Service
public class ReviewQueue {

	private static final int PAGE_SIZE = 50;

	private static final Set<String> STATES = Set.of("open", "all", "AWAITING_REVIEW", "AWAITING_APPROVAL", "DECIDED",
			"WITHDRAWN");

	private final Reviews reviews;

	private final ReviewAccess access;

	private final AccountManagement accounts;

	private final Catalogue catalogue;

	private final WorkingDays workingDays;

	private final Clock clock;

	ReviewQueue(Reviews reviews, ReviewAccess access, AccountManagement accounts, Catalogue catalogue,
			WorkingDays workingDays, Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * @param after the cursor of the page before; {@code null} for the first page
	 * @throws IllegalArgumentException if a filter names something not on offer
	 */
	@Transactional(readOnly = true)
	public QueuePage page(UUID staffId, QueueFilter filter, String after) {
		var apiIds = this.access.apisOf(staffId);
		var stageIds = apiIds.stream()
			.flatMap(apiId -> this.catalogue.programme(apiId).stream())
			.flatMap(programme -> programme.stages().stream())
			.map(Stage::id)
			.collect(Collectors.toCollection(TreeSet::new));
		if (filter.apiId() != null && !apiIds.contains(filter.apiId())) {
			throw new IllegalArgumentException("Choose one of the APIs you review");
		}
		if (filter.state() != null && !STATES.contains(filter.state())) {
			throw new IllegalArgumentException("Choose a status from the list");
		}
		if (apiIds.isEmpty()) {
			return new QueuePage(List.of(), apiIds, stageIds, null);
		}
		var over = filter.apiId() == null ? apiIds : Set.of(filter.apiId());
		var rows = this.reviews.queue(over, filter, staffId, today(), cursor(after), PAGE_SIZE + 1);
		var page = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
		var names = names(page.stream().map(Review::assigneeId).toList());
		var items = page.stream()
			.map(review -> new QueueItem(review, turnaround(review), names.get(review.assigneeId())))
			.toList();
		var next = rows.size() > PAGE_SIZE ? cursorOf(page.get(page.size() - 1)) : null;
		return new QueuePage(items, new TreeSet<>(apiIds), stageIds, next);
	}

	/** Whether the person reviews or approves any API, and so has a queue. */
	@Transactional(readOnly = true)
	public boolean reviewsAny(UUID staffId) {
		return !this.access.apisOf(staffId).isEmpty();
	}

	/** How long the review has waited, counted to its decision once decided. */
	Turnaround turnaround(Review review) {
		var submitted = LocalDate.ofInstant(review.submittedAt(), England.TIME_ZONE);
		var until = review.decidedAt() != null ? LocalDate.ofInstant(review.decidedAt(), England.TIME_ZONE) : today();
		var waited = this.workingDays.between(submitted, until);
		return new Turnaround(waited, review.turnaroundWorkingDays(), review.dueOn(),
				review.state().isOpen() && today().isAfter(review.dueOn()));
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(England.TIME_ZONE));
	}

	private static String cursorOf(Review review) {
		return review.submittedAt() + "_" + review.revisionId();
	}

	private static Reviews.Cursor cursor(String after) {
		if (after == null || after.isBlank()) {
			return null;
		}
		var split = after.lastIndexOf('_');
		try {
			return new Reviews.Cursor(Instant.parse(after.substring(0, Math.max(split, 0))),
					UUID.fromString(after.substring(split + 1)));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("That page of the queue does not exist; start from the first page");
		}
	}

	/** The names of people, for pages that show them; unknown ids and null have none. */
	Map<UUID, String> names(Collection<UUID> accountIds) {
		return this.accounts.findPeople(accountIds.stream().filter(Objects::nonNull).distinct().toList())
			.values()
			.stream()
			.collect(Collectors.toMap(Person::id, Person::fullName));
	}

}
