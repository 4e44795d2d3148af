package digital.onboarding.review;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.assurance.AgreementSection;
import digital.onboarding.assurance.SectionReviews;
import digital.onboarding.assurance.SectionStatus;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions the service takes itself rather than a member of staff: the connection
 * agreement section is approved when its legal signatory accepts the agreement, which is
 * what the section asks for. It is the one decision taken without the reviewer and
 * approver roles that {@link DecisionPolicy} asks for, so it is limited to that section
 * and recorded with no staff actor.
 */
@Service
public class AgreementApprovals {

	private final Reviews reviews;

	private final SectionReviews sections;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementApprovals(Reviews reviews, SectionReviews sections, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.reviews = reviews;
		this.sections = sections;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The review of a submitted revision as its queue copied it in: organisation, product
	 * and version names, which the agreement's text names.
	 */
	@Transactional(readOnly = true)
	public Optional<Review> review(UUID revisionId) {
		return this.reviews.find(revisionId);
	}

	/**
	 * Approves the connection agreement section's revision because its legal signatory
	 * accepted the agreement with this reference. Publishes {@link RevisionDecided} with
	 * no {@code decidedBy}, as for any decision.
	 * @param reference the agreement's CNTR reference, given as the reason
	 * @throws NotFoundException if there is no such revision
	 * @throws IllegalArgumentException if the revision is not of the connection agreement
	 * section
	 * @throws ConflictException if the revision has already been decided or withdrawn
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void approveByAgreement(UUID revisionId, String reference) {
		var review = this.reviews.find(revisionId).orElseThrow(() -> new NotFoundException("Revision"));
		if (!AgreementSection.SECTION_ID.equals(review.sectionId())) {
			throw new IllegalArgumentException("Only the connection agreement section is approved by an agreement");
		}
		if (review.state() == ReviewState.DECIDED || review.state() == ReviewState.WITHDRAWN) {
			throw new ConflictException("This revision has already been decided or withdrawn");
		}
		var reason = "Accepted by the legal signatory under " + reference;
		if (!this.reviews.decide(revisionId, review.version(), Decision.APPROVE, reason, null, this.clock.instant())) {
			throw new ConflictException("This revision changed while the agreement was accepted");
		}
		this.sections.decide(revisionId, SectionStatus.APPROVED, reason, null);
		this.audit.record(AuditEntry.of("section.approved", "product-version", review.productVersionId())
			.inOrganisation(review.organisationId())
			.summary("Approved " + review.sectionTitle() + " revision " + review.revisionNumber() + " ("
					+ String.join(", ", review.apiIds()) + "): " + reason));
		this.events.publishEvent(
				new RevisionDecided(revisionId, review.organisationId(), review.productId(), review.productVersionId(),
						review.sectionId(), review.stageId(), review.apiIds(), Decision.APPROVE, null));
	}

}
