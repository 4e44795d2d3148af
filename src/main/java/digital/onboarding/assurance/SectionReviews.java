package digital.onboarding.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Answers;
import digital.onboarding.catalogue.programme.Visibility;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review module reads and changes on submitted sections: revisions, the
 * conversation, findings and the effect of a decision. It holds no staff checks of its
 * own: the review module checks the reviewer's role for the revision's APIs before it
 * calls, and records the decision itself.
 */
@Service
public class SectionReviews {

	private final SectionResponses responses;

	private final SectionComments comments;

	private final Findings findings;

	private final Applications applications;

	private final Catalogue catalogue;

	private final Clock clock;

	SectionReviews(SectionResponses responses, SectionComments comments, Findings findings, Applications applications,
			Catalogue catalogue, Clock clock) {
		this.responses = responses;
		this.comments = comments;
		this.findings = findings;
		this.applications = applications;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * @throws NotFoundException if there is no such revision
	 */
	@Transactional(readOnly = true)
	public SubmittedRevision revision(UUID revisionId) {
		var revision = this.responses.revision(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
		var response = this.responses.byId(revision.responseId()).orElseThrow();
		var apiIds = apiIds(revision);
		// The version it was submitted under, which an application keeps until it moves.
		var first = revision.programmeVersions().split(",")[0];
		var programme = this.catalogue.programme(apiIds.get(0), first.substring(first.indexOf('@') + 1))
			.or(() -> this.catalogue.programme(apiIds.get(0)))
			.orElseThrow(() -> new NotFoundException("Programme"));
		var sectionId = response.sectionKey().substring(response.sectionKey().indexOf(':') + 1);
		var section = programme.section(sectionId).orElseThrow(() -> new NotFoundException("Section"));
		var shown = Visibility
			.of(programme, Answers.of(revision.answers()), LocalDate.now(this.clock.withZone(England.TIME_ZONE)))
			.shownQuestions(section);
		return new SubmittedRevision(revision.id(), response.id(), response.organisationId(),
				response.productVersionId(), apiIds, programme, section, revision.number(), revision.answers(), shown,
				revision.submittedAt(), revision.submittedBy(),
				revision.number() == this.responses.latestRevision(response.id()), response.status(),
				this.findings.recorded(response.productVersionId(), apiIds));
	}

	/**
	 * The answers of an earlier revision of the same section, to compare with.
	 * @throws NotFoundException if the section has no revision of that number
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> answersOfRevision(SubmittedRevision revision, int number) {
		return this.responses.revisions(revision.responseId())
			.stream()
			.filter(each -> each.number() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Revision " + number))
			.answers();
	}

	/** The conversation on the section a revision belongs to. */
	@Transactional(readOnly = true)
	public List<CommentThread> threads(SubmittedRevision revision) {
		return this.comments.threads(revision.responseId(), revision.section());
	}

	/**
	 * Marks the section as being reviewed, after which the applicant cannot withdraw it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void pickUp(UUID revisionId) {
		var revision = this.responses.revision(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
		this.responses.pickUp(revision.responseId(), this.clock.instant());
	}

	/**
	 * Adds a reviewer's comment to the section's conversation.
	 * @param threadId the thread replied to; {@code null} to start one
	 * @param questionId the question a new thread is about; {@code null} for the whole
	 * section
	 * @throws IllegalArgumentException if the comment is empty or too long, or names a
	 * question or thread the section does not have
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Comment comment(UUID revisionId, UUID threadId, String questionId, String body, UUID staffId,
			String staffName) {
		var revision = revision(revisionId);
		if (threadId == null && questionId != null && revision.section().question(questionId).isEmpty()) {
			throw new IllegalArgumentException("Choose a question of this section");
		}
		return this.comments.add(revision.responseId(), threadId, questionId,
				this.responses.latestRevision(revision.responseId()), staffId, staffName, true, body,
				this.clock.instant());
	}

	/**
	 * Overrides one of the revision's findings, so it no longer holds the applicant back.
	 * @throws IllegalArgumentException without a reason
	 * @throws ConflictException if the finding is no longer open
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RecordedFinding overrideFinding(UUID revisionId, UUID findingId, String reason, UUID staffId) {
		var revision = revision(revisionId);
		var finding = revision.findings()
			.stream()
			.filter(candidate -> candidate.id().equals(findingId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Finding"));
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Enter the reason for overriding this finding");
		}
		if (!this.findings.override(findingId, revision.productVersionId(), staffId, reason.strip(),
				this.clock.instant())) {
			throw new ConflictException("This finding has already been overridden or resolved");
		}
		return finding;
	}

	/**
	 * Gives the section the decided status. A rejection closes the applications of every
	 * API sharing the section; the applicant may start again later.
	 * @param outcome approved, changes requested, deferred or rejected
	 * @throws ConflictException if the revision is not the section's latest or the
	 * section is no longer submitted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void decide(UUID revisionId, SectionStatus outcome, String reason, UUID staffId) {
		if (outcome != SectionStatus.APPROVED && outcome != SectionStatus.REJECTED && !outcome.isReturned()) {
			throw new IllegalArgumentException(outcome + " is not a decision");
		}
		var revision = revision(revisionId);
		if (!revision.latest()
				|| !this.responses.decide(revision.responseId(), outcome, reason, staffId, this.clock.instant())) {
			throw new ConflictException("This revision has already been decided or withdrawn");
		}
		if (outcome == SectionStatus.REJECTED) {
			this.applications.reject(revision.productVersionId(), revision.apiIds(), this.clock.instant());
		}
	}

	private static List<String> apiIds(SectionResponses.Revision revision) {
		return Arrays.stream(revision.programmeVersions().split(","))
			.map(entry -> entry.substring(0, entry.indexOf('@')))
			.toList();
	}

}
