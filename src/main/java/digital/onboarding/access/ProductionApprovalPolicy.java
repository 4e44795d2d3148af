package digital.onboarding.access;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may recommend, grant or refuse production access, and why not (four eyes, as for
 * four-eyes reviews): a reviewer or approver of the API recommends it, then an approver
 * who did not recommend it grants it. Either refuses it, with a reason.
 */
final class ProductionApprovalPolicy {

	/** The member of staff acting, with the roles they hold for the access's API. */
	record Actor(UUID id, boolean reviewer, boolean approver) {
	}

	private ProductionApprovalPolicy() {
	}

	static Optional<String> refusalToRecommend(EnvironmentAccess access, Actor actor) {
		return notOpen(access).or(() -> {
			if (access.status() == AccessStatus.RECOMMENDED) {
				return Optional.of("This access has already been recommended; an approver grants or refuses it now");
			}
			if (!actor.reviewer() && !actor.approver()) {
				return Optional.of("Only a reviewer or approver of this API can recommend production access");
			}
			return Optional.empty();
		});
	}

	static Optional<String> refusalToGrant(EnvironmentAccess access, Actor actor) {
		return notOpen(access).or(() -> {
			if (access.status() == AccessStatus.REQUESTED) {
				return Optional.of("Production access needs four eyes: a reviewer or approver recommends it first, "
						+ "then a different approver grants it");
			}
			if (!actor.approver()) {
				return Optional.of("Only an approver of this API can grant production access");
			}
			if (actor.id().equals(access.recommendedBy())) {
				return Optional.of("You recommended this access, so a different approver must grant it (four eyes)");
			}
			return Optional.empty();
		});
	}

	static Optional<String> refusalToRefuse(EnvironmentAccess access, Actor actor) {
		return notOpen(access).or(() -> {
			if (!actor.reviewer() && !actor.approver()) {
				return Optional.of("Only a reviewer or approver of this API can refuse production access");
			}
			return Optional.empty();
		});
	}

	private static Optional<String> notOpen(EnvironmentAccess access) {
		if (access.environment() != Environment.PRODUCTION) {
			return Optional.of("Only production access is decided by staff");
		}
		if (!access.status().isOpen()) {
			return Optional.of("This access has already been " + access.status().label().toLowerCase() + ".");
		}
		return Optional.empty();
	}

}
