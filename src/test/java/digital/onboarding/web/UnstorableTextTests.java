package digital.onboarding.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.RunningServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text PostgreSQL cannot store, the NUL character and half of a surrogate pair, refused
 * where it comes in with a message naming the field, before anything is saved: in JSON
 * bodies, in forms and in query strings.
 */
@RunningServiceTest
class UnstorableTextTests {

	private static final String NUL = "Remove the control character (U+0000): it cannot be stored";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aJsonBodyWithTextThatCannotBeStoredIsRefusedNamingTheFieldAndNothingIsSaved() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Nul Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var products = "/api/v1/organisations/" + organisation + "/products";
		var product = read(api.post(products, "{\"name\":\"Nul PACS\",\"version\":\"1.0\"}"));
		var version = products + "/" + product.get("id").asString() + "/versions/"
				+ product.get("versions").get(0).get("id").asString();
		api.put(version + "/apis", "{\"apiIds\":[\"national-imaging-registry\"]}");
		var section = version + "/applications/national-imaging-registry/sections/eligibility-organisation";

		assertRefused(api.put(section, "{\"version\":0,\"answers\":{\"organisation-name\":\"Nul\\u0000 Ltd\"}}"),
				Map.of("answers.organisation-name", NUL));
		assertThat(read(api.get(section)).get("version").asInt()).as("the section is unchanged").isZero();

		assertRefused(api.post(products, "{\"name\":\"PACS \\ud83d\",\"version\":\"2.0\"}"),
				Map.of("name", "Remove the incomplete character (U+D83D): it cannot be stored"));
		assertRefused(api.post("/api/v1/organisations/" + organisation + "/contacts",
				"{\"kind\":\"TECHNICAL\",\"name\":\"Ada\",\"jobTitle\":\"Lead\\u0000\",\"email\":\"ada@example.org\"}"),
				Map.of("jobTitle", NUL));
		assertThat(this.jdbc.sql("select count(*) from products where organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).as("only the first product").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from contacts where organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFormWithANulCharacterIsRefusedBeforeAnyControllerRuns() throws Exception {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var refused = owner.post("/organisations/new", "legalName", "Zero\u0000 Byte Ltd", "odsCode",
				Organisations.uniqueOdsCode(), "kind", "SUPPLIER");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from organisations where legal_name like 'Zero%'")
			.query(Integer.class)
			.single()).isZero();

		var page = this.http.send(HttpRequest.newBuilder(url("/organisations/new"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("legalName=Zero%00+Byte+Ltd&odsCode=X26&kind=SUPPLIER"))
			.build(), BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<h1>Sorry, there is a problem with your request</h1>")
			.contains("legalName: " + NUL)
			.contains("nhsuk-header");
	}

	@Test
	void aQueryWithANulCharacterIsRefusedNamingTheParameter() throws Exception {
		var page = this.http.send(HttpRequest.newBuilder(url("/apis?search=%00")).header("Accept", "text/html").build(),
				BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("search: " + NUL);

		var problem = this.http.send(HttpRequest.newBuilder(url("/api/v1/apis?search=%00")).build(),
				BodyHandlers.ofString());
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		var body = this.json.readTree(problem.body());
		assertThat(body.get("errors").get("search").asString()).isEqualTo(NUL);
		assertThat(body.get("requestId").asString())
			.isEqualTo(problem.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void aMultipartFormFieldWithANulCharacterIsRefusedNamingItAndNothingIsSaved() {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Multipart Ltd");
		var created = owner.post("/organisations/" + organisation + "/products/new", "name", "Viewer", "version",
				"1.0");
		var apisPage = created.getResponse().getRedirectedUrl();
		owner.post(apisPage, "apiIds", "national-imaging-registry");
		var section = apisPage.replace("/apis", "/applications")
				+ "/national-imaging-registry/sections/eligibility-product";

		var refused = owner.perform(MockMvcRequestBuilders.post(section)
			.contentType("multipart/form-data; boundary=b")
			.content("--b\r\nContent-Disposition: form-data; name=\"answersVersion\"\r\n\r\n0\r\n"
					+ "--b\r\nContent-Disposition: form-data; name=\"product-use-case\"\r\n\r\nView\u0000ing\r\n--b--\r\n")
			.with(SecurityMockMvcRequestPostProcessors.csrf()));

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getErrorMessage()).isEqualTo("product-use-case: " + NUL);
		assertThat(this.jdbc.sql("""
				select count(*) from section_responses r join product_versions v on v.id = r.product_version_id
				join products p on p.id = v.product_id where p.organisation_id = ?
				""").param(organisation).query(Integer.class).single()).isZero();
	}

	private void assertRefused(MvcResult result, Map<String, String> errors) {
		assertThat(result.getResponse().getStatus()).as(Visitor.text(result)).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		var problem = read(result);
		assertThat(problem.get("detail").asString())
			.isEqualTo("Some of the text sent cannot be stored: errors names each field");
		assertThat(this.json.convertValue(problem.get("errors"), Map.class)).isEqualTo(errors);
		assertThat(problem.get("requestId").asString()).isEqualTo(result.getResponse().getHeader("X-Request-Id"));
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
