package digital.onboarding.access;

import java.time.Instant;
import java.util.UUID;

import digital.onboarding.access.ProductionApprovalPolicy.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionApprovalPolicyTests {

	private final UUID reviewer = UUID.randomUUID();

	private final UUID approver = UUID.randomUUID();

	@Test
	void aReviewerRecommendsAndADifferentApproverGrants() {
		var requested = access(AccessStatus.REQUESTED, null);
		assertThat(ProductionApprovalPolicy.refusalToRecommend(requested, new Actor(this.reviewer, true, false)))
			.isEmpty();
		var recommended = access(AccessStatus.RECOMMENDED, this.reviewer);
		assertThat(ProductionApprovalPolicy.refusalToGrant(recommended, new Actor(this.approver, false, true)))
			.isEmpty();
	}

	@Test
	void thePersonWhoRecommendedCannotGrant() {
		var recommended = access(AccessStatus.RECOMMENDED, this.approver);
		assertThat(ProductionApprovalPolicy.refusalToGrant(recommended, new Actor(this.approver, true, true)))
			.contains("You recommended this access, so a different approver must grant it (four eyes)");
	}

	@Test
	void nothingIsGrantedWithoutARecommendation() {
		assertThat(ProductionApprovalPolicy.refusalToGrant(access(AccessStatus.REQUESTED, null),
				new Actor(this.approver, false, true)))
			.contains("Production access needs four eyes: a reviewer or approver recommends it first, then a "
					+ "different approver grants it");
	}

	@Test
	void onlyAnApproverGrants() {
		assertThat(ProductionApprovalPolicy.refusalToGrant(access(AccessStatus.RECOMMENDED, this.reviewer),
				new Actor(UUID.randomUUID(), true, false)))
			.contains("Only an approver of this API can grant production access");
	}

	@Test
	void nobodyWithoutARoleRecommendsOrRefuses() {
		var outsider = new Actor(UUID.randomUUID(), false, false);
		assertThat(ProductionApprovalPolicy.refusalToRecommend(access(AccessStatus.REQUESTED, null), outsider))
			.isPresent();
		assertThat(ProductionApprovalPolicy.refusalToRefuse(access(AccessStatus.REQUESTED, null), outsider))
			.isPresent();
	}

	@Test
	void aDecidedAccessIsNotDecidedAgain() {
		var granted = access(AccessStatus.GRANTED, this.reviewer);
		assertThat(ProductionApprovalPolicy.refusalToRefuse(granted, new Actor(this.approver, false, true)))
			.contains("This access has already been granted.");
	}

	private static EnvironmentAccess access(AccessStatus status, UUID recommendedBy) {
		return new EnvironmentAccess(UUID.randomUUID(), "NIR-PRD-ABCDEF", UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "national-imaging-registry", Environment.PRODUCTION, UUID.randomUUID(), "Trust",
				status, Instant.now(), UUID.randomUUID(), recommendedBy == null ? null : Instant.now(), recommendedBy,
				null, null, null, 0);
	}

}
