package digital.onboarding.organisation;

import java.util.UUID;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Mailbox;
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
class InvitationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInvitedPersonSignsInFromTheEmailedLinkAndJoinsOnceWithTheRoleOffered() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Welcoming Ltd");
		var invitee = People.activeAccount(this.mvc);

		var sent = owner.post(members(organisation) + "/invite", "email", invitee.toUpperCase(), "role", "ADMIN");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(members(organisation));
		assertThat(owner.page(members(organisation))).contains("Invitation sent to").contains(invitee);
		var email = Mailbox.awaitMessagesTo(invitee, 2).get(1);
		assertThat(email.subject()).isEqualTo("Join Welcoming Ltd on the Digital Onboarding Service");
		assertThat(email.body()).contains("as an admin").contains("expires in 7 days");
		var link = email.linkPath("/invitations/");

		var stranger = new Visitor(this.mvc);
		assertThat(stranger.page(link)).contains("Join Welcoming Ltd").contains("Sign in to accept").contains(invitee);
		var toSignIn = stranger.get(link + "/accept");
		assertThat(toSignIn.getResponse().getRedirectedUrl()).endsWith("/sign-in");
		var signedIn = stranger.post("/sign-in", "email", invitee, "password", People.PASSWORD);
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains(link + "/accept");
		assertThat(stranger.get(link + "/accept").getResponse().getRedirectedUrl()).isEqualTo(link);
		assertThat(stranger.page(link)).contains("Accept invitation");

		var accepted = stranger.post(link);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + organisation);
		assertThat(Members.roleOf(this.jdbc, organisation, invitee)).isEqualTo("ADMIN");
		assertThat(stranger.page("/organisations/" + organisation)).contains("You joined Welcoming Ltd");

		assertThat(Visitor.text(stranger.post(link))).contains("This invitation has already been accepted");
		assertThat(owner.page(members(organisation))).contains("There are no open invitations");
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ? order by seq")
			.param(organisation)
			.query(String.class)
			.list()).containsSubsequence("organisation.member-invited", "organisation.member-joined");
	}

	@Test
	void onlyAnAccountWithTheInvitedAddressCanAccept() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Particular Ltd");
		var invitee = People.uniqueEmail("invitee");
		owner.post(members(organisation) + "/invite", "email", invitee, "role", "VIEWER");
		var link = Mailbox.awaitMessageTo(invitee).linkPath("/invitations/");

		var someoneElseEmail = People.activeAccount(this.mvc);
		var someoneElse = People.signedIn(this.mvc, someoneElseEmail);
		assertThat(someoneElse.page(link)).contains("You are signed in as " + someoneElseEmail)
			.doesNotContain("Accept invitation");
		assertThat(Visitor.text(someoneElse.post(link))).contains("This invitation was sent to " + invitee);
		assertThat(Members.roleOf(this.jdbc, organisation, someoneElseEmail)).isNull();
	}

	@Test
	void anExpiredWithdrawnOrReplacedInvitationCannotBeAccepted() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Strict Ltd");
		var invitee = People.activeAccount(this.mvc);
		var visitor = People.signedIn(this.mvc, invitee);

		owner.post(members(organisation) + "/invite", "email", invitee, "role", "VIEWER");
		var first = Mailbox.awaitMessagesTo(invitee, 2).get(1).linkPath("/invitations/");
		owner.post(members(organisation) + "/invite", "email", invitee, "role", "ADMIN");
		var second = Mailbox.awaitMessagesTo(invitee, 3).get(2).linkPath("/invitations/");
		assertThat(visitor.page(first)).contains("This invitation was withdrawn");
		assertThat(Visitor.text(visitor.post(first))).contains("This invitation was withdrawn");

		this.jdbc.sql("update invitations set expires_at = now() - interval '1 minute' where organisation_id = ?")
			.param(organisation)
			.update();
		assertThat(visitor.page(second)).contains("This invitation has expired");
		assertThat(Visitor.text(visitor.post(second))).contains("This invitation has expired");
		assertThat(Members.roleOf(this.jdbc, organisation, invitee)).isNull();

		owner.post(members(organisation) + "/invite", "email", invitee, "role", "VIEWER");
		var third = Mailbox.awaitMessagesTo(invitee, 4).get(3).linkPath("/invitations/");
		var invitation = this.jdbc
			.sql("select id from invitations where organisation_id = ? and revoked_at is null and expires_at > now()")
			.param(organisation)
			.query(UUID.class)
			.single();
		owner.post(members(organisation) + "/invitations/" + invitation + "/withdraw");
		assertThat(visitor.page(third)).contains("This invitation was withdrawn");
		assertThat(Members.roleOf(this.jdbc, organisation, invitee)).isNull();
	}

	@Test
	void programsInviteListAndWithdrawThroughTheApi() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Scripted Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var invitations = "/api/v1/organisations/" + organisation + "/invitations";
		var invitee = People.uniqueEmail("scripted");

		var created = api.post(invitations, "{\"email\":\"" + invitee + "\",\"role\":\"ADMIN\"}");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(Visitor.text(created)).contains("\"email\":\"" + invitee + "\"").contains("\"role\":\"ADMIN\"");
		assertThat(Mailbox.awaitMessageTo(invitee).subject()).startsWith("Join Scripted Ltd");
		assertThat(Visitor.text(api.get(invitations))).contains(invitee);

		var bad = api.post(invitations, "{\"email\":\"nope\",\"role\":\"ADMIN\"}");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(Visitor.text(bad)).contains("Enter an email address in the correct format");

		var location = created.getResponse().getHeader("Location");
		assertThat(api.delete(location).getResponse().getStatus()).isEqualTo(204);
		assertThat(Visitor.text(api.get(invitations))).isEqualTo("[]");
	}

	@Test
	void anUnknownLinkIsNotFound() {
		var result = new Visitor(this.mvc).get("/invitations/not-a-real-token");
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(Visitor.text(result)).contains("This invitation link does not work");
	}

	@Test
	void badInvitationsAreFormErrorsAndSendNothing() {
		var ownerEmail = People.activeAccount(this.mvc);
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisation = Organisations.register(owner, "Careful Ltd");
		var invite = members(organisation) + "/invite";

		assertThat(Visitor.text(owner.post(invite, "email", "", "role", ""))).contains("Enter an email address")
			.contains("Select a role");
		assertThat(Visitor.text(owner.post(invite, "email", "not-an-address", "role", "VIEWER")))
			.contains("Enter an email address in the correct format");
		assertThat(Visitor.text(owner.post(invite, "email", ownerEmail, "role", "VIEWER")))
			.contains(ownerEmail + " is already a member of Careful Ltd");

		var adminEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, adminEmail, "ADMIN");
		var admin = People.signedIn(this.mvc, adminEmail);
		assertThat(Visitor.text(admin.post(invite, "email", "new@example.org", "role", "OWNER")))
			.contains("Only an owner can invite another owner");
		assertThat(this.jdbc.sql("select count(*) from invitations where organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isZero();
	}

	private static String members(UUID organisation) {
		return "/organisations/" + organisation + "/members";
	}

}
