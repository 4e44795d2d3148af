package digital.onboarding.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import digital.onboarding.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may recommend and who may decide, single review and four eyes (R-four-eyes).
 */
class DecisionPolicyTests {

	private static final UUID REVIEWER = UUID.randomUUID();

	private static final UUID APPROVER = UUID.randomUUID();

	@Test
	void anyReviewerOrApproverDecidesASingleReviewSection() {
		var review = review(false, false, ReviewState.AWAITING_REVIEW, null);
		assertThatNoException().isThrownBy(() -> DecisionPolicy.checkDecision(review,
				new DecisionPolicy.Actor(REVIEWER, true, false), Decision.APPROVE, null));
		assertThat(DecisionPolicy.refusalToRecommend(review, new DecisionPolicy.Actor(REVIEWER, true, false)))
			.hasValueSatisfying(refusal -> assertThat(refusal).startsWith("One person decides this section"));
	}

	@Test
	void aFourEyesSectionIsRecommendedBeforeItIsDecided() {
		var review = review(true, false, ReviewState.AWAITING_REVIEW, null);
		assertThatThrownBy(() -> DecisionPolicy.checkDecision(review, new DecisionPolicy.Actor(APPROVER, false, true),
				Decision.APPROVE, null))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("a reviewer recommends a decision first");
		assertThat(DecisionPolicy.refusalToRecommend(review, new DecisionPolicy.Actor(APPROVER, false, true)))
			.contains("Only a reviewer of this API can recommend a decision");
		assertThat(DecisionPolicy.refusalToRecommend(review, new DecisionPolicy.Actor(REVIEWER, true, false)))
			.isEmpty();
	}

	@Test
	void theRecommenderCannotAlsoDecideEvenWithTheApproverRole() {
		var review = review(true, false, ReviewState.AWAITING_APPROVAL, REVIEWER);
		assertThat(DecisionPolicy.refusalToDecide(review, new DecisionPolicy.Actor(REVIEWER, true, true)))
			.hasValueSatisfying(refusal -> assertThat(refusal).contains("a different approver must take it"));
		assertThat(DecisionPolicy.refusalToDecide(review, new DecisionPolicy.Actor(UUID.randomUUID(), true, false)))
			.contains("Only an approver of this API can take the decision on this section");
		assertThat(DecisionPolicy.refusalToDecide(review, new DecisionPolicy.Actor(APPROVER, false, true))).isEmpty();
	}

	@Test
	void everyDecisionButApprovalNeedsAReasonAndOnlySomeSectionsMayBeDeferred() {
		var actor = new DecisionPolicy.Actor(REVIEWER, true, false);
		var review = review(false, false, ReviewState.AWAITING_REVIEW, null);
		for (var decision : List.of(Decision.REQUEST_CHANGES, Decision.REJECT)) {
			assertThatThrownBy(() -> DecisionPolicy.checkDecision(review, actor, decision, "  "))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("Enter the reason");
		}
		assertThatThrownBy(() -> DecisionPolicy.checkDecision(review, actor, Decision.DEFER, "Board next month"))
			.hasMessage("Decisions on this section cannot be deferred");
		assertThatNoException()
			.isThrownBy(() -> DecisionPolicy.checkDecision(review(false, true, ReviewState.AWAITING_REVIEW, null),
					actor, Decision.DEFER, "Board next month"));
		assertThatThrownBy(() -> DecisionPolicy.checkDecision(review, actor, null, null))
			.hasMessage("Choose a decision");
	}

	@Test
	void nothingIsDecidedTwiceOrAfterWithdrawal() {
		var actor = new DecisionPolicy.Actor(REVIEWER, true, true);
		assertThat(DecisionPolicy.refusalToDecide(review(false, false, ReviewState.WITHDRAWN, null), actor))
			.contains("The applicant withdrew this revision before it was reviewed");
		var decided = new Review(UUID.randomUUID(), null, null, null, null, "s", "Section", "stage", List.of("api"), 1,
				"Org", "X1", "Product", "1.0", false, false, false, 10, Instant.now(), LocalDate.now(),
				ReviewState.DECIDED, null, null, null, null, null, Decision.APPROVE, APPROVER, Instant.now(), null, 1);
		assertThat(DecisionPolicy.refusalToDecide(decided, actor))
			.contains("This revision has already been decided: approved");
	}

	private static Review review(boolean fourEyes, boolean deferrable, ReviewState state, UUID recommendedBy) {
		return new Review(UUID.randomUUID(), null, null, null, null, "s", "Section", "stage", List.of("api"), 1, "Org",
				"X1", "Product", "1.0", false, fourEyes, deferrable, 10, Instant.now(), LocalDate.now(), state, null,
				recommendedBy == null ? null : Decision.APPROVE, recommendedBy, null, null, null, null, null, null, 0);
	}

}
