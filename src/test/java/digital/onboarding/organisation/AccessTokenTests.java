package digital.onboarding.organisation;

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
class AccessTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsShownOnceStoredAsAHashAndActsForItsOrganisation() throws Exception {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Automated Ltd");
		var secret = Organisations.token(owner, organisation);

		assertThat(secret).startsWith("dos_").hasSizeGreaterThan(40);
		assertThat(owner.page("/organisations/" + organisation + "/tokens")).contains("Test pipeline")
			.doesNotContain(secret);
		assertThat(this.jdbc.sql("select count(*) from access_tokens where token_hash like ?")
			.param("%" + secret + "%")
			.query(Integer.class)
			.single()).as("the secret itself is not stored").isZero();

		var api = new ApiClient(this.mvc, secret);
		var list = api.get("/api/v1/organisations").getResponse();
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString()).contains("Automated Ltd").contains("\"role\":\"OWNER\"");
		assertThat(owner.page("/organisations/" + organisation + "/tokens")).doesNotContain("Never");
	}

	@Test
	void withoutAValidTokenTheApiAnswers401AsAProblemDetail() throws Exception {
		for (var client : new ApiClient[] { new ApiClient(this.mvc, null), new ApiClient(this.mvc, "dos_forged") }) {
			var response = client.get("/api/v1/organisations").getResponse();
			assertThat(response.getStatus()).isEqualTo(401);
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"status\":401").contains("Bearer");
		}
	}

	@Test
	void theApiIgnoresSessionCookiesSoItCannotBeForgedFromAnotherSite() throws Exception {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		Organisations.register(owner, "Cookie Ltd");
		assertThat(owner.get("/api/v1/organisations").getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aRevokedOrExpiredTokenStopsWorking() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Careful Ltd");
		var revoked = Organisations.token(owner, organisation);
		var expired = Organisations.token(owner, organisation);
		var id = this.jdbc.sql("select id from access_tokens where organisation_id = ? order by created_at limit 1")
			.param(organisation)
			.query(java.util.UUID.class)
			.single();
		owner.post("/organisations/" + organisation + "/tokens/" + id + "/revoke");
		this.jdbc.sql(
				"update access_tokens set expires_at = now() - interval '1 second' where organisation_id = ? and id <> ?")
			.params(organisation, id)
			.update();

		assertThat(new ApiClient(this.mvc, revoked).get("/api/v1/organisations").getResponse().getStatus())
			.isEqualTo(401);
		assertThat(new ApiClient(this.mvc, expired).get("/api/v1/organisations").getResponse().getStatus())
			.isEqualTo(401);
		assertThat(owner.page("/organisations/" + organisation + "/tokens")).contains("Revoked").contains("Expired");
	}

	@Test
	void aTokenCarriesItsOwnersCurrentRoleAndDiesWithTheirMembership() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Roles Ltd");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, organisation, viewerEmail, "VIEWER");
		var viewer = new ApiClient(this.mvc, Organisations.token(People.signedIn(this.mvc, viewerEmail), organisation));
		var contacts = "/api/v1/organisations/" + organisation + "/contacts";
		var contact = """
				{"kind":"TECHNICAL","name":"Tess","jobTitle":"Engineer","email":"tess@example.org"}""";

		assertThat(viewer.get(contacts).getResponse().getStatus()).isEqualTo(200);
		assertThat(viewer.post(contacts, contact).getResponse().getStatus()).isEqualTo(403);

		this.jdbc
			.sql("update memberships set role = 'ADMIN' where organisation_id = ? and account_id = "
					+ "(select id from accounts where email = ?)")
			.params(organisation, viewerEmail)
			.update();
		assertThat(viewer.post(contacts, contact).getResponse().getStatus()).isEqualTo(201);

		this.jdbc
			.sql("delete from memberships where organisation_id = ? and account_id = "
					+ "(select id from accounts where email = ?)")
			.params(organisation, viewerEmail)
			.update();
		assertThat(viewer.get(contacts).getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aTokenReachesOnlyItsOwnOrganisationEvenIfItsOwnerBelongsToOthers() {
		var email = People.activeAccount(this.mvc);
		var person = People.signedIn(this.mvc, email);
		var first = Organisations.register(person, "First Org");
		var second = Organisations.register(person, "Second Org");
		var api = new ApiClient(this.mvc, Organisations.token(person, first));

		assertThat(api.get("/api/v1/organisations/" + first).getResponse().getStatus()).isEqualTo(200);
		assertThat(api.get("/api/v1/organisations/" + second).getResponse().getStatus()).isEqualTo(404);
		assertThat(Visitor.text(api.get("/api/v1/organisations"))).contains("First Org").doesNotContain("Second Org");
	}

	@Test
	void badInputGetsAProblemDetailNamingTheFieldsAndChangesNothing() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Strict Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var response = api.post("/api/v1/organisations/" + organisation + "/contacts",
				"{\"kind\":\"CLINICAL_SAFETY_OFFICER\",\"name\":\"\",\"jobTitle\":\"CSO\",\"email\":\"nope\"}");
		assertThat(response.getResponse().getStatus()).isEqualTo(400);
		assertThat(Visitor.text(response)).contains("Enter the contact's full name")
			.contains("Enter an email address in the correct format")
			.contains("profession");
		assertThat(this.jdbc.sql("select count(*) from contacts where organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isZero();
	}

}
