package digital.onboarding.review;

import java.util.Optional;
import java.util.UUID;

import digital.onboarding.assurance.AgreementSection;
import digital.onboarding.platform.ConflictException;

/**
 * Who may recommend or take which decision on a review, and why not. A single-review
 * section is decided by any reviewer or approver of its API. A four-eyes section is first
 * recommended by a reviewer, then decided by an approver who did not recommend it
 * (R-four-eyes).
 */
final class DecisionPolicy {

	/** The person acting, with the roles they hold for the review's APIs. */
	record Actor(UUID id, boolean reviewer, boolean approver) {
	}

	private DecisionPolicy() {
	}

	/** Why the actor may not recommend a decision now; empty if they may. */
	static Optional<String> refusalToRecommend(Review review, Actor actor) {
		if (!review.fourEyes()) {
			return Optional.of("One person decides this section: take the decision rather than recommend one");
		}
		return notOpen(review).or(() -> {
			if (review.state() != ReviewState.AWAITING_REVIEW) {
				return Optional.of("A decision has already been recommended; an approver takes it now");
			}
			if (!actor.reviewer()) {
				return Optional.of("Only a reviewer of this API can recommend a decision");
			}
			return Optional.empty();
		});
	}

	/** Why the actor may not take the decision now; empty if they may. */
	static Optional<String> refusalToDecide(Review review, Actor actor) {
		return notOpen(review).or(() -> {
			if (!review.fourEyes()) {
				return Optional.empty();
			}
			if (review.state() == ReviewState.AWAITING_REVIEW) {
				return Optional
					.of("This section needs four eyes: a reviewer recommends a decision first, then a different approver takes it");
			}
			if (!actor.approver()) {
				return Optional.of("Only an approver of this API can take the decision on this section");
			}
			if (actor.id().equals(review.recommendedBy())) {
				return Optional.of("You recommended this decision, so a different approver must take it (four eyes)");
			}
			return Optional.empty();
		});
	}

	/**
	 * @throws ConflictException if the review or the actor's roles do not allow it
	 * @throws IllegalArgumentException if the recommendation itself is incomplete
	 */
	static void checkRecommendation(Review review, Actor actor, Decision decision, String reason) {
		refusalToRecommend(review, actor).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		checkDecisionItself(review, decision, reason);
	}

	/**
	 * @throws ConflictException if the review or the actor's roles do not allow it
	 * @throws IllegalArgumentException if the decision itself is incomplete
	 */
	static void checkDecision(Review review, Actor actor, Decision decision, String reason) {
		refusalToDecide(review, actor).ifPresent(refusal -> {
			throw new ConflictException(refusal);
		});
		checkDecisionItself(review, decision, reason);
	}

	private static Optional<String> notOpen(Review review) {
		if (review.state() == ReviewState.DECIDED) {
			return Optional.of("This revision has already been decided: " + review.outcome().pastTense());
		}
		if (review.state() == ReviewState.WITHDRAWN) {
			return Optional.of("The applicant withdrew this revision before it was reviewed");
		}
		return Optional.empty();
	}

	private static void checkDecisionItself(Review review, Decision decision, String reason) {
		if (decision == null) {
			throw new IncompleteDecisionException("decision", "Choose a decision");
		}
		if (decision == Decision.APPROVE && AgreementSection.SECTION_ID.equals(review.sectionId())) {
			// What approves it is the signatory's acceptance (AgreementApprovals), so
			// that
			// the section is never approved without an active agreement.
			throw new IncompleteDecisionException("decision",
					"This section is approved when the legal signatory accepts the connection agreement; "
							+ "you may request changes or reject it");
		}
		if (decision == Decision.DEFER && !review.deferrable()) {
			throw new IncompleteDecisionException("decision", "Decisions on this section cannot be deferred");
		}
		if (decision.needsReason() && (reason == null || reason.isBlank())) {
			throw new IncompleteDecisionException("reason",
					"Enter the reason for your decision; the applicant will see it");
		}
		if (reason != null && reason.strip().length() > 2000) {
			throw new IncompleteDecisionException("reason", "The reason must be 2000 characters or fewer");
		}
	}

}
