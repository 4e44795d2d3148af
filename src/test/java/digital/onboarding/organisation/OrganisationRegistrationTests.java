package digital.onboarding.organisation;

import digital.onboarding.support.AuditLog;
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
class OrganisationRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonWithNoOrganisationIsLedToRegisterOneAndBecomesItsOwner() {
		var email = People.activeAccount(this.mvc);
		var visitor = People.signedIn(this.mvc, email);
		assertThat(visitor.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/new");

		var code = Organisations.uniqueOdsCode();
		var result = visitor.post("/organisations/new", "legalName", " Acme Health Ltd ", "odsCode",
				" " + code.toLowerCase() + " ", "kind", "SUPPLIER");
		var id = result.getResponse().getRedirectedUrl().split("/")[2];

		assertThat(this.jdbc
			.sql("select legal_name || ' ' || ods_code || ' ' || kind from organisations where id = ?::uuid")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Acme Health Ltd " + code + " SUPPLIER");
		assertThat(visitor.page("/organisations/" + id)).contains("Acme Health Ltd").contains(code).contains("Owner");
		assertThat(visitor.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + id);
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ?::uuid")
			.param(id)
			.query(String.class)
			.list()).containsExactly("organisation.registered");
	}

	@Test
	void everyProblemWithTheFormIsShownBesideItsField() {
		var visitor = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var page = Visitor.text(visitor.post("/organisations/new", "legalName", "", "odsCode", "AB-12"));
		assertThat(page).containsSubsequence("#legalName", "#odsCode", "#kind")
			.contains("Enter your organisation&#39;s legal name")
			.contains("ODS code must contain only letters and numbers")
			.contains("Select what kind of organisation it is")
			.contains("value=\"AB-12\"");
		assertThat(Visitor
			.text(visitor.post("/organisations/new", "legalName", "X", "odsCode", "ABCDE12345", "kind", "SUPPLIER")))
			.contains("ODS code must be 9 characters or fewer");
	}

	@Test
	void anOdsCodeIsRegisteredOnceWhateverItsCase() {
		var first = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var code = Organisations.uniqueOdsCode();
		first.post("/organisations/new", "legalName", "First", "odsCode", code, "kind", "SUPPLIER");
		var second = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var page = Visitor.text(second.post("/organisations/new", "legalName", "Second", "odsCode", code.toLowerCase(),
				"kind", "END_USER_ORGANISATION"));
		assertThat(page).contains("An organisation with this ODS code is already registered");
		assertThat(this.jdbc.sql("select count(*) from organisations where ods_code = ?")
			.param(code)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPersonInSeveralOrganisationsSwitchesBetweenThem() {
		var email = People.activeAccount(this.mvc);
		var visitor = People.signedIn(this.mvc, email);
		var alpha = Organisations.register(visitor, "Alpha Care");
		var beta = Organisations.register(visitor, "Beta Systems");

		assertThat(visitor.page("/organisations")).containsSubsequence("Alpha Care", "Beta Systems");
		visitor.get("/organisations/" + alpha);
		assertThat(visitor.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + alpha);
		visitor.get("/organisations/" + beta);
		assertThat(visitor.get("/").getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + beta);
		assertThat(AuditLog.actionsOnAccount(this.jdbc, email)).contains("account.signed-in");
	}

}
