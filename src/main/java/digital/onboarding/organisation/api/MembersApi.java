package digital.onboarding.organisation.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import digital.onboarding.organisation.Member;
import digital.onboarding.organisation.MemberRole;
import digital.onboarding.organisation.OrganisationMembers;
import digital.onboarding.organisation.PendingInvitation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
@Tag(name = "Members", description = "An organisation's members, their roles and invitations")
@SecurityRequirement(name = "accessToken")
class MembersApi {

	private final OrganisationMembers members;

	MembersApi(OrganisationMembers members) {
		this.members = members;
	}

	record InvitationRequest(String email, MemberRole role) {
	}

	record RoleChange(MemberRole role) {
	}

	record Handover(UUID accountId) {
	}

	@GetMapping("/members")
	@Operation(summary = "Every member of the organisation, by name")
	List<Member> list(@PathVariable UUID organisationId) {
		return this.members.list(organisationId);
	}

	@PutMapping("/members/{accountId}/role")
	@Operation(summary = "Change a member's role (owners and admins; owners for anything to do with owners); "
			+ "409 if it would leave no owner")
	Member changeRole(@PathVariable UUID organisationId, @PathVariable UUID accountId, @RequestBody RoleChange change) {
		this.members.changeRole(organisationId, accountId, change.role());
		return this.members.get(organisationId, accountId);
	}

	@DeleteMapping("/members/{accountId}")
	@Operation(summary = "Remove a member, or leave when it is the caller; 409 for the only owner")
	ResponseEntity<Void> remove(@PathVariable UUID organisationId, @PathVariable UUID accountId) {
		this.members.remove(organisationId, accountId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/handover")
	@Operation(summary = "Make another member an owner and the caller an admin (owners)")
	List<Member> handOver(@PathVariable UUID organisationId, @RequestBody Handover handover) {
		this.members.handOver(organisationId, handover.accountId());
		return this.members.list(organisationId);
	}

	@GetMapping("/invitations")
	@Operation(summary = "Invitations waiting for an answer, newest first")
	List<PendingInvitation> invitations(@PathVariable UUID organisationId) {
		return this.members.pendingInvitations(organisationId);
	}

	@PostMapping("/invitations")
	@Operation(summary = "Email an invitation to join (owners and admins; owners to invite an owner)")
	ResponseEntity<PendingInvitation> invite(@PathVariable UUID organisationId,
			@RequestBody InvitationRequest request) {
		var invitation = this.members.invite(organisationId, request.email(), request.role());
		return ResponseEntity
			.created(URI.create("/api/v1/organisations/" + organisationId + "/invitations/" + invitation.id()))
			.body(invitation);
	}

	@DeleteMapping("/invitations/{invitationId}")
	@Operation(summary = "Withdraw an invitation (owners and admins)")
	ResponseEntity<Void> withdraw(@PathVariable UUID organisationId, @PathVariable UUID invitationId) {
		this.members.withdrawInvitation(organisationId, invitationId);
		return ResponseEntity.noContent().build();
	}

}
