package digital.onboarding.review;

import java.time.LocalDate;

import digital.onboarding.assurance.ApplicantReplied;
import digital.onboarding.assurance.SectionReviews;
import digital.onboarding.assurance.SectionSubmitted;
import digital.onboarding.assurance.SectionWithdrawn;
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.England;
import digital.onboarding.platform.WorkingDays;
import digital.onboarding.product.ProductManagement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts each submitted revision in the queue, in the transaction that submitted it, so a
 * revision is never without its review; takes withdrawn ones out; passes replies on.
 */
@Component
class SubmissionIntake {

	private final Reviews reviews;

	private final SectionReviews sections;

	private final OrganisationManagement organisations;

	private final ProductManagement products;

	private final WorkingDays workingDays;

	private final ReviewNotices notices;

	SubmissionIntake(Reviews reviews, SectionReviews sections, OrganisationManagement organisations,
			ProductManagement products, WorkingDays workingDays, ReviewNotices notices) {
		this.reviews = reviews;
		this.sections = sections;
		this.organisations = organisations;
		this.products = products;
		this.workingDays = workingDays;
		this.notices = notices;
	}

	@EventListener
	void on(SectionSubmitted submitted) {
		var revision = this.sections.revision(submitted.revisionId());
		var programme = revision.programme();
		var section = revision.section();
		var organisation = this.organisations.get(submitted.organisationId());
		var product = this.products.get(submitted.organisationId(), submitted.productId());
		var submittedOn = LocalDate.ofInstant(revision.submittedAt(), England.TIME_ZONE);
		var target = programme.turnaroundWorkingDays();
		// A resubmission goes back to whoever reviewed it before.
		var assignee = this.reviews.ofSection(revision.responseId())
			.stream()
			.reduce((first, second) -> second)
			.map(Review::assigneeId)
			.orElse(null);
		var review = new Review(revision.id(), revision.responseId(), submitted.organisationId(), submitted.productId(),
				submitted.productVersionId(), section.id(), section.title(),
				programme.stageOf(section.id()).orElseThrow().id(), revision.apiIds(), revision.number(),
				organisation.legalName(), organisation.odsCode(), product.name(),
				product.versionById(submitted.productVersionId()).number(), !revision.openFindings().isEmpty(),
				section.review() == ReviewPolicy.FOUR_EYES, section.deferrable(), target, revision.submittedAt(),
				this.workingDays.plus(submittedOn, target), ReviewState.AWAITING_REVIEW, assignee, null, null, null,
				null, null, null, null, null, 0);
		this.reviews.insert(review);
		this.notices.submitted(review);
	}

	@EventListener
	void on(SectionWithdrawn withdrawn) {
		this.reviews.withdraw(withdrawn.revisionId());
	}

	@EventListener
	void on(ApplicantReplied replied) {
		this.reviews.find(replied.revisionId()).ifPresent(this.notices::replied);
	}

}
