package digital.onboarding.staff;

import java.util.List;
import java.util.UUID;

import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Administrators granting and withdrawing staff roles through the pages under
 * {@code /admin/staff}.
 */
@ServiceTest
class StaffRolesTests {

	private static final String NIR = "national-imaging-registry";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffRoles staffRoles;

	private String administratorEmail;

	private Visitor administrator;

	@BeforeEach
	void signInAnAdministrator() {
		this.administratorEmail = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, this.administratorEmail);
		this.administrator = People.signedIn(this.mvc, this.administratorEmail);
	}

	@Test
	void anAdministratorGrantsAReviewerRoleAndWithdrawsItAfterConfirming() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		assertThat(this.administrator.page("/admin/staff/grant")).contains("<h1>Grant a role</h1>")
			.contains("<option value=\"national-imaging-registry\">National Imaging Registry</option>")
			.contains("Programme author");

		var granted = this.administrator.post("/admin/staff/grant", "email", " " + email.toUpperCase() + " ", "apiId",
				NIR, "role", "REVIEWER");
		assertThat(granted.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
		assertThat(this.staffRoles.holds(accountId, NIR, StaffRole.REVIEWER)).isTrue();
		assertThat(this.staffRoles.holds(accountId, NIR, StaffRole.APPROVER)).isFalse();
		assertThat(this.administrator.page("/admin/staff"))
			.contains("Reviewer role for National Imaging Registry granted to")
			.containsSubsequence(email, "National Imaging Registry", "Reviewer", "Withdraw");

		var withdrawal = "/admin/staff/withdraw?account=" + accountId + "&api=" + NIR + "&role=REVIEWER";
		assertThat(this.administrator.page(withdrawal))
			.contains("<h1>Are you sure you want to withdraw this role?</h1>")
			.contains(email)
			.contains("Withdraw role")
			.contains("href=\"/admin/staff\">Cancel</a>");
		assertThat(this.staffRoles.holds(accountId, NIR, StaffRole.REVIEWER)).as("not before confirming").isTrue();

		var withdrawn = this.administrator.post("/admin/staff/withdraw", "account", accountId.toString(), "api", NIR,
				"role", "REVIEWER");
		assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
		assertThat(this.staffRoles.holds(accountId, NIR, StaffRole.REVIEWER)).isFalse();
		assertThat(this.administrator.page("/admin/staff"))
			.contains("Reviewer role for National Imaging Registry withdrawn from Ada Lovelace");
		assertThat(this.administrator.get(withdrawal).getResponse().getStatus()).isEqualTo(404);

		assertThat(audit(accountId)).containsExactly(
				new Audit("staff-role.granted", accountId(this.administratorEmail),
						"Reviewer role for National Imaging Registry (" + NIR + ") granted to Ada Lovelace"),
				new Audit("staff-role.withdrawn", accountId(this.administratorEmail),
						"Reviewer role for National Imaging Registry (" + NIR + ") withdrawn from Ada Lovelace"));
	}

	@Test
	void grantingARoleAlreadyHeldChangesNothing() {
		var email = People.activeAccount(this.mvc);
		assertThat(grantProgrammeAuthor(email)).contains("Programme author role for NHS login granted to " + email);
		assertThat(grantProgrammeAuthor(email))
			.contains(email + " already holds the Programme author role for NHS login");
		assertThat(audit(accountId(email))).hasSize(1);
	}

	/** Grants the role and returns the page the administrator lands on. */
	private String grantProgrammeAuthor(String email) {
		var result = this.administrator.post("/admin/staff/grant", "email", email, "apiId", "nhs-login", "role",
				"PROGRAMME_AUTHOR");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
		return this.administrator.page("/admin/staff");
	}

	@Test
	void anAddressWithoutAnActiveAccountIsAFormError() {
		var pending = People.uniqueEmail("pending");
		People.signUp(new Visitor(this.mvc), pending);
		for (var email : List.of(People.uniqueEmail("nobody"), pending)) {
			var page = Visitor
				.text(this.administrator.post("/admin/staff/grant", "email", email, "apiId", NIR, "role", "APPROVER"));
			assertThat(page).contains("There is a problem")
				.contains("href=\"#email\">There is no active account with this email address")
				.contains("id=\"email-error\"")
				.contains("value=\"" + email + "\"");
		}
		assertThat(this.jdbc.sql("select count(*) from staff_roles where granted_by = ?")
			.param(accountId(this.administratorEmail))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void missingAnswersAreShownBesideTheirFieldsInPageOrder() {
		var page = Visitor.text(this.administrator.post("/admin/staff/grant", "email", "not an address", "apiId", ""));
		assertThat(page)
			.containsSubsequence("href=\"#email\">Enter an email address in the correct format",
					"href=\"#apiId\">Select an API", "href=\"#role\">Select a role")
			.contains("id=\"apiId-error\"")
			.contains("id=\"role-error\"");
	}

	@Test
	void someoneWhoIsNotAnAdministratorCannotOpenOrUseTheStaffPages() {
		var target = accountId(People.activeAccount(this.mvc));
		this.staffRoles.grant(accountId(this.administratorEmail), People.activeAccount(this.mvc), NIR,
				StaffRole.APPROVER);
		var email = People.activeAccount(this.mvc);
		var person = People.signedIn(this.mvc, email);
		var withdrawal = List.of("account", target.toString(), "api", NIR, "role", "APPROVER");

		assertForbidden(person.get("/admin/staff"));
		assertForbidden(person.get("/admin/staff/grant"));
		assertForbidden(person.get("/admin/staff/withdraw?account=" + target + "&api=" + NIR + "&role=APPROVER"));
		assertForbidden(person.post("/admin/staff/grant", "email", email, "apiId", NIR, "role", "APPROVER"));
		assertForbidden(person.post("/admin/staff/withdraw", withdrawal.toArray(String[]::new)));
		assertThat(this.staffRoles.holds(accountId(email), NIR, StaffRole.APPROVER)).isFalse();

		assertThat(new Visitor(this.mvc).get("/admin/staff").getResponse().getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void theServiceItselfRefusesAnyoneButAnAdministrator() {
		var email = People.activeAccount(this.mvc);
		var someone = accountId(email);
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.staffRoles.grant(someone, email, NIR, StaffRole.REVIEWER));
		assertThatExceptionOfType(ForbiddenException.class)
			.isThrownBy(() -> this.staffRoles.withdraw(someone, someone, NIR, StaffRole.REVIEWER));
	}

	private static void assertForbidden(MvcResult result) {
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
	}

	private UUID accountId(String email) {
		return this.jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
	}

	private List<Audit> audit(UUID accountId) {
		return this.jdbc.sql("""
				select action, actor_id, summary from audit_events
				where object_type = 'account' and object_id = ? and action like 'staff-role.%' order by seq
				""").param(accountId.toString()).query(Audit.class).list();
	}

	private record Audit(String action, UUID actorId, String summary) {
	}

}
