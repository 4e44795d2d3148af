package digital.onboarding.review;

import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import digital.onboarding.assurance.SectionReviews;
import digital.onboarding.assurance.SubmittedRevision;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditEvent;
import digital.onboarding.audit.AuditHistory;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.programme.QuestionType;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.evidence.Evidence;
import digital.onboarding.evidence.EvidenceContent;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing one revision: reading it with its changes, evidence and conversation,
 * assigning it, commenting, overriding findings, recommending and deciding. Every method
 * checks that the person reviews or approves one of the revision's APIs; to anyone else
 * the revision does not exist.
 */
@Service
public class ReviewManagement {

	private final Reviews reviews;

	private final ReviewAccess access;

	private final ReviewQueue queue;

	private final SectionReviews sections;

	private final EvidenceFiles evidence;

	private final ReviewNotices notices;

	private final AuditTrail audit;

	private final AuditHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewManagement(Reviews reviews, ReviewAccess access, ReviewQueue queue, SectionReviews sections,
			EvidenceFiles evidence, ReviewNotices notices, AuditTrail audit, AuditHistory history,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.history = history;
		this.reviews = reviews;
		this.access = access;
		this.queue = queue;
		this.sections = sections;
		this.evidence = evidence;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A revision with everything its reviewer needs.
	 * @param compareWith the earlier revision number to show changes from; {@code null}
	 * for the one before
	 * @throws NotFoundException if the person may not review it
	 * @throws IllegalArgumentException if there is no such earlier revision
	 */
	@Transactional(readOnly = true)
	public RevisionReview open(UUID staffId, UUID revisionId, Integer compareWith) {
		var review = find(revisionId);
		var actor = this.access.actor(staffId, review);
		var revision = this.sections.revision(revisionId);
		var number = review.revisionNumber();
		int comparedWith = compareWith == null ? number - 1 : compareWith;
		if (comparedWith < 0 || comparedWith >= number) {
			throw new IllegalArgumentException("Choose an earlier revision to compare with");
		}
		var changes = comparedWith == 0 ? List.<AnswerChange>of() : changes(revision.section(),
				this.sections.answersOfRevision(revision, comparedWith), revision.answers());
		var earlier = new ArrayList<>(this.reviews.ofSection(review.sectionResponseId())
			.stream()
			.filter(each -> each.revisionNumber() < number)
			.toList());
		Collections.reverse(earlier);
		var people = Stream.concat(Stream.of(review), earlier.stream())
			.flatMap(each -> Stream.of(each.assigneeId(), each.recommendedBy(), each.decidedBy()))
			.collect(Collectors.toCollection(ArrayList::new));
		people.add(revision.submittedBy());
		return new RevisionReview(review, this.queue.turnaround(review), revision, earlier, comparedWith, changes,
				this.sections.threads(revision), evidence(review, revision), this.queue.names(people),
				DecisionPolicy.refusalToRecommend(review, actor).orElse(null),
				DecisionPolicy.refusalToDecide(review, actor).orElse(null));
	}

	/**
	 * The history of the application the revision belongs to: every event recorded on its
	 * product version.
	 * @throws NotFoundException if the person may not review it
	 */
	@Transactional(readOnly = true)
	public ApplicationHistory history(UUID staffId, UUID revisionId) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		var events = this.history.about("product-version", List.of(review.productVersionId().toString()));
		return new ApplicationHistory(review, events,
				this.queue.names(events.stream().map(AuditEvent::actorId).toList()));
	}

	/** The same history as CSV, for keeping or analysing elsewhere. */
	@Transactional(readOnly = true)
	public void historyCsv(UUID staffId, UUID revisionId, Writer writer) {
		this.history.writeCsv(history(staffId, revisionId).events(), writer);
	}

	/**
	 * Opens one of the files the revision's answers name.
	 * @throws NotFoundException if the person may not review it, or the answers do not
	 * name the file
	 */
	@Transactional(readOnly = true)
	public EvidenceContent evidence(UUID staffId, UUID revisionId, UUID evidenceId) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		var named = this.sections.revision(revisionId).answers().containsValue(evidenceId.toString());
		if (!named) {
			throw new NotFoundException("Evidence");
		}
		return this.evidence.openForReview(evidenceId, review.organisationId()::equals);
	}

	/** Takes the revision on, which also ends the applicant's chance to withdraw it. */
	@Transactional
	public void assignToMe(UUID staffId, UUID revisionId) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		if (!this.reviews.assign(revisionId, staffId)) {
			throw new ConflictException("This revision has already been decided, so it cannot be assigned");
		}
		this.sections.pickUp(revisionId);
		record(review, staffId, "review.assigned", "Assigned the review of " + describe(review));
	}

	@Transactional
	public void unassign(UUID staffId, UUID revisionId) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		if (!this.reviews.assign(revisionId, null)) {
			throw new ConflictException("This revision has already been decided");
		}
		record(review, staffId, "review.unassigned", "Unassigned the review of " + describe(review));
	}

	/**
	 * Comments on a question of the section, or on the whole section, or replies in a
	 * thread; the organisation is told.
	 * @throws IllegalArgumentException if the comment is empty, too long, or about
	 * something the section does not have
	 */
	@Transactional
	public void comment(UUID staffId, UUID revisionId, UUID threadId, String questionId, String body) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		var name = this.queue.names(List.of(staffId)).get(staffId);
		this.sections.comment(revisionId, threadId, questionId, body, staffId, name);
		this.sections.pickUp(revisionId);
		record(review, staffId, "comment.added", "Commented on " + describe(review));
		this.notices.commented(review);
	}

	/**
	 * @throws IllegalArgumentException without a reason
	 * @throws ConflictException if the finding is no longer open
	 */
	@Transactional
	public void overrideFinding(UUID staffId, UUID revisionId, UUID findingId, String reason) {
		var review = find(revisionId);
		this.access.actor(staffId, review);
		var finding = this.sections.overrideFinding(revisionId, findingId, reason, staffId);
		record(review, staffId, "finding.overridden", "Overrode " + finding.finding().ruleId() + " for "
				+ finding.apiId() + " on " + describe(review) + ": " + reason.strip());
	}

	/**
	 * A reviewer's recommendation on a four-eyes section, for an approver to decide.
	 * @param expectedVersion the review's version the person saw
	 * @throws ConflictException if the section is not four-eyes, the person is not a
	 * reviewer, or the review changed meanwhile
	 */
	@Transactional
	public void recommend(UUID staffId, UUID revisionId, int expectedVersion, Decision decision, String reason) {
		var review = find(revisionId);
		if (review.state() == ReviewState.DECIDED) {
			throw alreadyDecided(review);
		}
		DecisionPolicy.checkRecommendation(review, this.access.actor(staffId, review), decision, reason);
		if (!this.reviews.recommend(revisionId, expectedVersion, decision, clean(reason), staffId,
				this.clock.instant())) {
			throw changedMeanwhile(revisionId);
		}
		if (review.assigneeId() == null) {
			this.reviews.assign(revisionId, staffId);
		}
		this.sections.pickUp(revisionId);
		record(review, staffId, "review.recommended", "Recommended " + decision.label().toLowerCase(Locale.ROOT)
				+ " for " + describe(review) + reasonText(reason));
		this.notices.recommended(find(revisionId));
	}

	/**
	 * Takes the decision. Approval unlocks the gates that waited on the section; a
	 * request for changes or a deferral returns it to the applicant; a rejection closes
	 * the applications sharing it. A decision on a shared section counts for every API
	 * sharing it. The organisation is told.
	 * @param expectedVersion the review's version the person saw; if someone decided
	 * meanwhile this person is told who and what
	 * @throws ConflictException if the rules or the review's state refuse it
	 * @throws IllegalArgumentException if the decision needs a reason and has none
	 */
	@Transactional
	public void decide(UUID staffId, UUID revisionId, int expectedVersion, Decision decision, String reason) {
		var review = find(revisionId);
		if (review.state() == ReviewState.DECIDED && staffId.equals(review.decidedBy()) && review.outcome() == decision
				&& review.version() == expectedVersion + 1) {
			return; // the same person's double click
		}
		if (review.state() == ReviewState.DECIDED) {
			throw alreadyDecided(review);
		}
		DecisionPolicy.checkDecision(review, this.access.actor(staffId, review), decision, reason);
		if (!this.reviews.decide(revisionId, expectedVersion, decision, clean(reason), staffId, this.clock.instant())) {
			throw changedMeanwhile(revisionId);
		}
		this.sections.decide(revisionId, decision.sectionStatus(), clean(reason), staffId);
		record(review, staffId, "section." + decision.pastTense().replace(' ', '-'),
				capitalised(decision.pastTense()) + " " + describe(review) + reasonText(reason));
		this.notices.decided(find(revisionId));
		this.events.publishEvent(new RevisionDecided(revisionId, review.organisationId(), review.productId(),
				review.productVersionId(), review.sectionId(), review.stageId(), review.apiIds(), decision, staffId));
	}

	private Review find(UUID revisionId) {
		return this.reviews.find(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
	}

	private ConflictException changedMeanwhile(UUID revisionId) {
		var now = find(revisionId);
		if (now.state() == ReviewState.DECIDED) {
			return alreadyDecided(now);
		}
		if (now.state() == ReviewState.AWAITING_APPROVAL) {
			var who = this.queue.names(List.of(now.recommendedBy())).getOrDefault(now.recommendedBy(), "Someone");
			return new ConflictException(who + " recommended a decision a moment ago: "
					+ now.recommendation().label().toLowerCase(Locale.ROOT) + ". Read it, then decide.");
		}
		return new ConflictException("This review changed while you were reading it. Read it again, then decide.");
	}

	/** Names who decided and what, since the person acting read the review undecided. */
	private ConflictException alreadyDecided(Review review) {
		var who = this.queue.names(List.of(review.decidedBy())).getOrDefault(review.decidedBy(), "Someone");
		return new ConflictException(who + " has already decided this revision: " + review.outcome().pastTense()
				+ ". Your decision was not recorded.");
	}

	private Map<String, Evidence> evidence(Review review, SubmittedRevision revision) {
		var files = new LinkedHashMap<String, Evidence>();
		for (var question : revision.section().questions()) {
			if (question.type() == QuestionType.FILE && revision.answers().get(question.id()) instanceof String id) {
				try {
					files.put(id,
							this.evidence.describeForReview(UUID.fromString(id), review.organisationId()::equals));
				}
				catch (IllegalArgumentException | NotFoundException ex) {
					// Answers name only the organisation's own files; nothing to show
					// otherwise.
				}
			}
		}
		return files;
	}

	/** The questions whose answers differ, in the section's order. */
	static List<AnswerChange> changes(Section section, Map<String, Object> before, Map<String, Object> after) {
		return section.questions()
			.stream()
			.filter(question -> !Objects.equals(before.get(question.id()), after.get(question.id())))
			.map(question -> new AnswerChange(question, before.get(question.id()), after.get(question.id())))
			.toList();
	}

	private void record(Review review, UUID staffId, String action, String summary) {
		this.audit.record(AuditEntry.of(action, "product-version", review.productVersionId())
			.by(staffId)
			.inOrganisation(review.organisationId())
			.summary(summary));
	}

	private static String describe(Review review) {
		return review.sectionTitle() + " revision " + review.revisionNumber() + " ("
				+ String.join(", ", review.apiIds()) + ")";
	}

	private static String reasonText(String reason) {
		return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
	}

	private static String clean(String reason) {
		return reason == null || reason.isBlank() ? null : reason.strip();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
