package digital.onboarding.organisation;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class MemberManagementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOnlyOwnerCanNeitherBeDemotedNorLeave() {
		var ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisation = Organisations.register(owner, "Solo Ltd");
		var self = Members.accountId(this.jdbc, ownerEmail);

		assertThat(Visitor.text(owner.post(members(organisation) + "/" + self + "/role", "role", "ADMIN")))
			.contains("Ada Lovelace is the only owner of Solo Ltd. Make someone else an owner first");
		assertThat(Visitor.text(owner.post(members(organisation) + "/" + self + "/remove")))
			.contains("You are the only owner of Solo Ltd. Hand over ownership first");
		assertThat(Members.roleOf(this.jdbc, organisation, ownerEmail)).isEqualTo("OWNER");

		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var refused = api.put("/api/v1/organisations/" + organisation + "/members/" + self + "/role",
				"{\"role\":\"VIEWER\"}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(Visitor.text(refused)).contains("only owner");
	}

	@Test
	void ownersChangeRolesAndRemoveMembersAfterConfirmingAndTheRemovedLoseTheirTokens() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Tidy Ltd");
		var memberEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, memberEmail, "VIEWER");
		var member = Members.accountId(this.jdbc, memberEmail);
		var memberToken = Organisations.token(People.signedIn(this.mvc, memberEmail), organisation);

		owner.post(members(organisation) + "/" + member + "/role", "role", "ADMIN");
		assertThat(Members.roleOf(this.jdbc, organisation, memberEmail)).isEqualTo("ADMIN");
		assertThat(owner.page(members(organisation))).contains("Ada Lovelace is now admin");

		assertThat(owner.page(members(organisation) + "/" + member + "/remove"))
			.contains("Are you sure you want to remove Ada Lovelace?");
		assertThat(Members.roleOf(this.jdbc, organisation, memberEmail)).as("nothing happens before confirming")
			.isEqualTo("ADMIN");
		owner.post(members(organisation) + "/" + member + "/remove");
		assertThat(Members.roleOf(this.jdbc, organisation, memberEmail)).isNull();
		assertThat(new ApiClient(this.mvc, memberToken).get("/api/v1/organisations/" + organisation)
			.getResponse()
			.getStatus()).isEqualTo(401);
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ? order by seq")
			.param(organisation)
			.query(String.class)
			.list()).containsSubsequence("organisation.member-role-changed", "organisation.member-removed");
	}

	@Test
	void adminsManageMembersButNeverOwners() {
		var ownerEmail = People.activeAccount(this.mvc);
		var organisation = Organisations.register(People.signedIn(this.mvc, ownerEmail), "Layered Ltd");
		var adminEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, adminEmail, "ADMIN");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, viewerEmail, "VIEWER");
		var admin = People.signedIn(this.mvc, adminEmail);
		var owner = Members.accountId(this.jdbc, ownerEmail);

		assertThat(admin.get(members(organisation) + "/" + owner + "/role").getResponse().getStatus()).isEqualTo(403);
		assertThat(admin.post(members(organisation) + "/" + owner + "/remove").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(admin
			.post(members(organisation) + "/" + Members.accountId(this.jdbc, viewerEmail) + "/role", "role", "OWNER")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(admin.get(members(organisation) + "/handover").getResponse().getStatus()).isEqualTo(403);
		assertThat(Members.roleOf(this.jdbc, organisation, ownerEmail)).isEqualTo("OWNER");
		assertThat(Members.roleOf(this.jdbc, organisation, viewerEmail)).isEqualTo("VIEWER");

		admin.post(members(organisation) + "/" + Members.accountId(this.jdbc, viewerEmail) + "/remove");
		assertThat(Members.roleOf(this.jdbc, organisation, viewerEmail)).isNull();
	}

	@Test
	void anOwnerHandsOverOwnershipAndBecomesAnAdmin() {
		var ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisation = Organisations.register(owner, "Succession Ltd");
		var successorEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, successorEmail, "VIEWER");

		assertThat(Visitor.text(owner.post(members(organisation) + "/handover")))
			.contains("Select who should become the owner");
		assertThat(owner.page(members(organisation) + "/handover")).contains("Who should become the owner?");
		owner.post(members(organisation) + "/handover", "accountId",
				Members.accountId(this.jdbc, successorEmail).toString());

		assertThat(Members.roleOf(this.jdbc, organisation, successorEmail)).isEqualTo("OWNER");
		assertThat(Members.roleOf(this.jdbc, organisation, ownerEmail)).isEqualTo("ADMIN");
		assertThat(owner.get(members(organisation) + "/handover").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aMemberLeavesAndNoLongerSeesTheOrganisation() {
		var organisation = Organisations.register(People.signedIn(this.mvc, People.activeAccount(this.mvc)),
				"Farewell Ltd");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, viewerEmail, "VIEWER");
		var viewer = People.signedIn(this.mvc, viewerEmail);

		assertThat(viewer.page(members(organisation))).contains("Leave organisation").doesNotContain("Invite a member");
		assertThat(viewer.page(members(organisation) + "/" + Members.accountId(this.jdbc, viewerEmail) + "/remove"))
			.contains("Are you sure you want to leave Farewell Ltd?");
		var left = viewer.post(members(organisation) + "/" + Members.accountId(this.jdbc, viewerEmail) + "/remove");
		assertThat(left.getResponse().getRedirectedUrl()).isEqualTo("/organisations");
		assertThat(viewer.page("/organisations")).contains("You left Farewell Ltd");
		assertThat(viewer.get("/organisations/" + organisation).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPersonInSeveralOrganisationsSwitchesBetweenThem() {
		var email = People.activeAccount(this.mvc);
		var person = People.signedIn(this.mvc, email);
		var first = Organisations.register(person, "First Ltd");
		var second = Organisations.register(People.signedIn(this.mvc, People.activeAccount(this.mvc)), "Second Ltd");
		Members.join(this.jdbc, second, email, "VIEWER");

		assertThat(person.page("/organisations")).contains("First Ltd").contains("Second Ltd");
		assertThat(person.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + first);

		assertThat(person.page("/organisations/" + second)).contains("Switch organisation");
		assertThat(person.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + second);
		assertThat(person.page("/organisations/" + second + "/contacts"))
			.containsPattern("nhsuk-header__account-link\"[^>]*>Second Ltd<");
	}

	@Test
	void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			var aEmail = People.activeAccount(this.mvc);
			var a = People.signedIn(this.mvc, aEmail);
			var organisation = Organisations.register(a, "Rivals Ltd");
			var bEmail = People.activeAccount(this.mvc);
			Members.join(this.jdbc, organisation, bEmail, "OWNER");
			var b = People.signedIn(this.mvc, bEmail);

			var barrier = new CyclicBarrier(2);
			var requests = new ArrayList<CompletableFuture<Void>>();
			for (var pair : new Object[][] { { a, bEmail }, { b, aEmail } }) {
				requests.add(CompletableFuture.runAsync(() -> {
					await(barrier);
					((Visitor) pair[0]).post(
							members(organisation) + "/" + Members.accountId(this.jdbc, (String) pair[1]) + "/role",
							"role", "ADMIN");
				}));
			}
			CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get();
			assertThat(this.jdbc.sql("select count(*) from memberships where organisation_id = ? and role = 'OWNER'")
				.param(organisation)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String members(UUID organisation) {
		return "/organisations/" + organisation + "/members";
	}

}
