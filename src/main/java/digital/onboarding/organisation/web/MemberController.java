package digital.onboarding.organisation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import digital.onboarding.organisation.Member;
import digital.onboarding.organisation.MemberRole;
import digital.onboarding.organisation.Membership;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.organisation.OrganisationMembers;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.ForbiddenException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organisation's members and invitations: everyone in it sees them; owners and admins
 * invite, change roles and remove; owners hand over ownership; anyone may leave.
 */
@Controller
@RequestMapping("/organisations/{organisationId}/members")
class MemberController {

	private final OrganisationMembers members;

	private final OrganisationManagement organisations;

	private final OrganisationAccess access;

	MemberController(OrganisationMembers members, OrganisationManagement organisations, OrganisationAccess access) {
		this.members = members;
		this.organisations = organisations;
		this.access = access;
	}

	record InvitationForm(String email, MemberRole role) {
	}

	record RoleForm(MemberRole role) {
	}

	record HandoverForm(UUID accountId) {
	}

	@ModelAttribute
	void page(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("organisation", this.organisations.get(organisationId));
		model.addAttribute("membership", this.access.require(organisationId, Need.READ));
	}

	@GetMapping
	String list(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("members", this.members.list(organisationId));
		model.addAttribute("invitations", this.members.pendingInvitations(organisationId));
		return "organisation/members";
	}

	@GetMapping("/invite")
	String invitationForm(@PathVariable UUID organisationId, Model model) {
		var inviter = this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("form", new InvitationForm("", null));
		model.addAttribute("roles", grantable(inviter));
		return "organisation/invite";
	}

	@PostMapping("/invite")
	String invite(@PathVariable UUID organisationId, @ModelAttribute("form") InvitationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var inviter = this.access.require(organisationId, Need.CHANGE);
		model.addAttribute("roles", grantable(inviter));
		if (form.email() == null || form.email().isBlank()) {
			result.rejectValue("email", "missing", "Enter an email address");
		}
		if (form.role() == null) {
			result.rejectValue("role", "missing", "Select a role");
		}
		else if (!grantable(inviter).contains(form.role())) {
			result.rejectValue("role", "owner", "Only an owner can invite another owner");
		}
		if (result.hasErrors()) {
			return "organisation/invite";
		}
		try {
			this.members.invite(organisationId, form.email(), form.role());
		}
		catch (IllegalArgumentException | ConflictException ex) {
			result.rejectValue("email", "invalid", ex.getMessage());
			return "organisation/invite";
		}
		redirect.addFlashAttribute("success", "Invitation sent to " + form.email().strip());
		return membersPage(organisationId);
	}

	@PostMapping("/invitations/{invitationId}/withdraw")
	String withdraw(@PathVariable UUID organisationId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
		this.members.withdrawInvitation(organisationId, invitationId);
		redirect.addFlashAttribute("success", "Invitation withdrawn");
		return membersPage(organisationId);
	}

	@GetMapping("/{accountId}/role")
	String roleForm(@PathVariable UUID organisationId, @PathVariable UUID accountId, Model model) {
		var changer = this.access.require(organisationId, Need.CHANGE);
		var member = this.members.get(organisationId, accountId);
		if (member.role() == MemberRole.OWNER && !changer.isOwner()) {
			throw new ForbiddenException("Only an owner can change an owner's role");
		}
		model.addAttribute("member", member);
		model.addAttribute("roles", grantable(changer));
		model.addAttribute("form", new RoleForm(member.role()));
		return "organisation/member-role";
	}

	@PostMapping("/{accountId}/role")
	String changeRole(@PathVariable UUID organisationId, @PathVariable UUID accountId,
			@ModelAttribute("form") RoleForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var changer = this.access.require(organisationId, Need.CHANGE);
		var member = this.members.get(organisationId, accountId);
		model.addAttribute("member", member);
		model.addAttribute("roles", grantable(changer));
		try {
			this.members.changeRole(organisationId, accountId, form.role());
		}
		catch (IllegalArgumentException | ConflictException ex) {
			result.rejectValue("role", "invalid", ex.getMessage());
			return "organisation/member-role";
		}
		redirect.addFlashAttribute("success",
				member.fullName() + " is now " + form.role().label().toLowerCase(Locale.ROOT));
		return membersPage(organisationId);
	}

	@GetMapping("/{accountId}/remove")
	String confirmRemoval(@PathVariable UUID organisationId, @PathVariable UUID accountId, Model model) {
		if (!accountId.equals(this.access.currentAccountId())) {
			this.access.require(organisationId, Need.CHANGE);
		}
		model.addAttribute("member", this.members.get(organisationId, accountId));
		return "organisation/member-remove";
	}

	@PostMapping("/{accountId}/remove")
	String remove(@PathVariable UUID organisationId, @PathVariable UUID accountId, Model model,
			RedirectAttributes redirect) {
		var member = this.members.get(organisationId, accountId);
		var leaving = accountId.equals(this.access.currentAccountId());
		var organisationName = this.organisations.get(organisationId).legalName();
		try {
			this.members.remove(organisationId, accountId);
		}
		catch (ConflictException ex) {
			model.addAttribute("member", member);
			model.addAttribute("problem", ex.getMessage());
			return "organisation/member-remove";
		}
		if (leaving) {
			redirect.addFlashAttribute("success", "You left " + organisationName);
			return "redirect:/organisations";
		}
		redirect.addFlashAttribute("success", member.fullName() + " was removed from " + organisationName);
		return membersPage(organisationId);
	}

	@GetMapping("/handover")
	String handoverForm(@PathVariable UUID organisationId, Model model) {
		model.addAttribute("successors", successors(organisationId));
		model.addAttribute("form", new HandoverForm(null));
		return "organisation/handover";
	}

	@PostMapping("/handover")
	String handOver(@PathVariable UUID organisationId, @ModelAttribute("form") HandoverForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form.accountId() == null) {
			result.rejectValue("accountId", "missing", "Select who should become the owner");
			model.addAttribute("successors", successors(organisationId));
			return "organisation/handover";
		}
		this.members.handOver(organisationId, form.accountId());
		redirect.addFlashAttribute("success",
				this.members.get(organisationId, form.accountId()).fullName() + " is now an owner; you are an admin");
		return membersPage(organisationId);
	}

	/** Everyone but the owner handing over, who must be an owner to see the page. */
	private List<Member> successors(UUID organisationId) {
		var owner = this.access.require(organisationId, Need.OWN);
		return this.members.list(organisationId)
			.stream()
			.filter(member -> !member.accountId().equals(owner.accountId()))
			.toList();
	}

	private static List<MemberRole> grantable(Membership membership) {
		return membership.isOwner() ? List.of(MemberRole.values()) : List.of(MemberRole.ADMIN, MemberRole.VIEWER);
	}

	private static String membersPage(UUID organisationId) {
		return "redirect:/organisations/" + organisationId + "/members";
	}

}
