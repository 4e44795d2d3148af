package digital.onboarding.review;

import java.util.Set;
import java.util.UUID;

import digital.onboarding.platform.NotFoundException;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.stereotype.Component;

/**
 * Which reviews a member of staff may see and act on: those of the APIs they review or
 * approve. To anyone else a review does not exist.
 */
@Component
class ReviewAccess {

	static final Set<StaffRole> REVIEWING = Set.of(StaffRole.REVIEWER, StaffRole.APPROVER);

	private final StaffRoles staffRoles;

	ReviewAccess(StaffRoles staffRoles) {
		this.staffRoles = staffRoles;
	}

	Set<String> apisOf(UUID staffId) {
		return this.staffRoles.apisWhere(staffId, REVIEWING);
	}

	/**
	 * The person's roles for the review's APIs.
	 * @throws NotFoundException if they hold none
	 */
	DecisionPolicy.Actor actor(UUID staffId, Review review) {
		var reviewer = holdsFor(staffId, StaffRole.REVIEWER, review);
		var approver = holdsFor(staffId, StaffRole.APPROVER, review);
		if (!reviewer && !approver) {
			throw new NotFoundException("Revision");
		}
		return new DecisionPolicy.Actor(staffId, reviewer, approver);
	}

	private boolean holdsFor(UUID staffId, StaffRole role, Review review) {
		return this.staffRoles.apisWhere(staffId, Set.of(role)).stream().anyMatch(review.apiIds()::contains);
	}

}
