package digital.onboarding.staff.web;

import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the pages of platform staff their header links: the review queue for reviewers
 * and approvers, programme authoring for programme authors. The person's roles are read
 * once per page.
 */
@ControllerAdvice(annotations = Controller.class)
class StaffLinksAdvice {

	private final StaffRoles roles;

	StaffLinksAdvice(StaffRoles roles) {
		this.roles = roles;
	}

	@ModelAttribute
	void staffLinks(@AuthenticationPrincipal SignedInAccount account, HttpServletRequest request, Model model) {
		// An error page must show even when the database is what failed.
		var held = account == null || request.getDispatcherType() == DispatcherType.ERROR ? Set.<StaffRole>of()
				: this.roles.rolesOf(account.getId());
		model.addAttribute("reviewsLink", held.contains(StaffRole.REVIEWER) || held.contains(StaffRole.APPROVER));
		model.addAttribute("authoringLink", held.contains(StaffRole.PROGRAMME_AUTHOR));
	}

}
