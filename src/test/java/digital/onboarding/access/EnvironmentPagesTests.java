package digital.onboarding.access;

import java.util.UUID;

import digital.onboarding.platform.Sha256;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environments pages as a supplier and staff use them: gates explained, access asked
 * for, credentials, certificates and the allowlist managed, bad input shown beside its
 * field with nothing saved, and production access decided with four eyes.
 */
@ServiceTest
class EnvironmentPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private String ownerEmail;

	private UUID organisationId;

	private Visitor owner;

	private ApiClient api;

	@BeforeEach
	void supplier() {
		this.ownerEmail = People.activeAccount(this.mvc);
		this.owner = People.signedIn(this.mvc, this.ownerEmail);
		this.organisationId = Organisations.register(this.owner, "Pages Gateway Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisationId));
	}

	@Test
	void aSupplierSeesEachGateAsksForSandboxAndManagesItsAccess() {
		var ids = product("national-imaging-registry");
		var environments = "/organisations/" + this.organisationId + "/products/" + ids[0] + "/environments";
		assertThat(this.owner.page(environments)).contains("National Imaging Registry, version 1.0",
				"Its gate is met: you can ask for access.", "Still needed:",
				"a valid technical conformance certificate for this version and National Imaging Registry",
				"a commission from an end user organisation that you have accepted",
				"Integration root certificate (PEM)");

		var integration = this.owner.post(environments + "/versions/" + ids[1] + "/requests", "apiId",
				"national-imaging-registry", "environment", "integration");
		assertThat(integration.getResponse().getRedirectedUrl()).isEqualTo(environments);
		assertThat(this.owner.page(environments)).contains("Integration access needs more first",
				"an active connection agreement covering this version");

		this.owner.post(environments + "/versions/" + ids[1] + "/requests", "apiId", "national-imaging-registry",
				"environment", "sandbox");
		var reference = this.jdbc.sql("select reference from environment_accesses where product_version_id = ?")
			.param(ids[1])
			.query(String.class)
			.single();
		assertThat(this.owner.page(environments)).contains("Sandbox access " + reference + " is granted.");
		var accessId = this.jdbc.sql("select id from environment_accesses where reference = ?")
			.param(reference)
			.query(UUID.class)
			.single();
		var access = environments + "/" + accessId;
		assertThat(this.owner.page(access)).contains("Application id", reference, "Issue an API key",
				"Check and add certificates", "ITI-38 endpoint", "RAD-75 endpoint", "IP address or range");

		var refused = Visitor.text(this.owner.post(access + "/allowlist", "address", "10.0.0.0/8"));
		assertThat(refused).contains("There is a problem", "href=\"#field-address\"",
				"10.0.0.0/8 is a private address (RFC 1918); give your public, static address", "value=\"10.0.0.0/8\"",
				"aria-describedby=\"field-address-hint field-address-error\"", "id=\"field-address-error\"");
		assertThat(this.jdbc.sql("select count(*) from allowlist_entries where access_id = ?")
			.param(accessId)
			.query(Long.class)
			.single()).isZero();

		var issued = Visitor.text(this.owner.post(access + "/api-keys"));
		var key = issued.substring(issued.indexOf("dosk_"), issued.indexOf("</code>", issued.indexOf("dosk_")));
		assertThat(this.jdbc.sql("select key_hash from environment_credentials where access_id = ?")
			.param(accessId)
			.query(String.class)
			.single()).isEqualTo(Sha256.hex(key));
		assertThat(this.owner.page(access)).doesNotContain(key, "Issue an API key")
			.contains(key.substring(0, 11) + "…", "Rotate");
		var twice = Visitor.text(this.owner.post(access + "/api-keys"));
		assertThat(twice).as("a form sent twice issues no second key")
			.contains("There is a problem", "This access has an API key already. Rotate it to get a new key");
		assertThat(this.jdbc.sql("select count(*) from environment_credentials where access_id = ?")
			.param(accessId)
			.query(Long.class)
			.single()).isEqualTo(1);

		var root = TestPki.root("Pages Root");
		var intermediate = TestPki.intermediate("Pages Intermediate", root);
		var caLeaf = TestPki.intermediate("Not A Leaf", intermediate);
		var wrong = Visitor.text(this.owner.post(access + "/certificates", "root", root.pem(), "intermediate",
				intermediate.pem(), "mtls", caLeaf.pem()));
		assertThat(wrong).contains("href=\"#field-mtls\"", "aria-describedby=\"field-mtls-error\"");
		assertThat(wrong.substring(wrong.indexOf("id=\"field-mtls-error\""))).as("the message beside the field")
			.contains("The mTLS certificate is a CA certificate");
		assertThat(wrong.substring(wrong.indexOf("id=\"field-root\""))).as("what was pasted, shown again")
			.contains("-----BEGIN CERTIFICATE-----");
		this.owner.post(access + "/certificates", "root", root.pem(), "intermediate", intermediate.pem(), "mtls",
				TestPki.mtls("gateway.pages.example", intermediate).pem());
		assertThat(this.owner.page(access)).contains("CN=gateway.pages.example,O=Test Supplier",
				"issued by CN=Pages Intermediate,O=Test Supplier");

		var badEndpoint = Visitor
			.text(this.owner.post(access + "/endpoints", "ITI-38", "http://gateway.pages.example"));
		assertThat(badEndpoint.substring(badEndpoint.indexOf("id=\"field-ITI-38-error\"")))
			.contains("The ITI-38 endpoint must use HTTPS, not http", "value=\"http://gateway.pages.example\"");
		this.owner.post(access + "/endpoints", "ITI-38", "https://gateway.pages.example/iti38");
		assertThat(this.owner.page(access)).as("the saved address fills its field")
			.contains("value=\"https://gateway.pages.example/iti38\"");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.organisationId, viewerEmail, "VIEWER");
		assertThat(People.signedIn(this.mvc, viewerEmail).page(access))
			.as("a viewer sees the endpoints saved, without the form")
			.contains("ITI-38 endpoint", "https://gateway.pages.example/iti38", "Not given")
			.doesNotContain("Save endpoints");
	}

	@Test
	void staffRecommendAndADifferentApproverGrantsOnThePages() {
		var ids = product("national-record-locator");
		AccessFixtures.approved(this.jdbc, this.organisationId, ids[1], "connection-agreement",
				"national-record-locator:data-sharing-agreements", "national-record-locator:production-smoke-test");
		this.owner.post("/organisations/" + this.organisationId + "/products/" + ids[0] + "/environments/versions/"
				+ ids[1] + "/requests", "apiId", "national-record-locator", "environment", "production");
		var access = this.jdbc.sql("select id, reference from environment_accesses where product_version_id = ?")
			.param(ids[1])
			.query((rs, row) -> new String[] { rs.getString("id"), rs.getString("reference") })
			.single();

		var firstEmail = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, firstEmail, "national-record-locator", "APPROVER");
		var first = People.signedIn(this.mvc, firstEmail);
		assertThat(first.page("/review/production-access")).contains(access[1], "Pages Gateway Ltd");
		var page = "/review/production-access/" + access[0];
		assertThat(first.page(page)).contains("Met: everything the programme asks for is in place.",
				"Recommend granting", "Production access needs four eyes");
		var noReason = Visitor.text(first.post(page, "action", "refuse", "version", "0", "reason", " "));
		assertThat(noReason).contains("href=\"#reason\"", "aria-describedby=\"reason-hint reason-error\"",
				"Enter the reason for refusing; the supplier will see it");
		first.post(page, "action", "recommend", "version", "0");
		assertThat(first.page(page))
			.contains("Recommended", "You recommended this access, so a different approver must grant it (four eyes)")
			.doesNotContain("Grant production access</button>");

		var secondEmail = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, secondEmail, "national-record-locator", "APPROVER");
		var second = People.signedIn(this.mvc, secondEmail);
		var granted = second.post(page, "action", "grant", "version", "1");
		assertThat(granted.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(second.page(page)).contains("Production access " + access[1] + " is granted.");

		var outsider = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(outsider.get(page).getResponse().getStatus()).as("staff of other APIs see nothing").isEqualTo(404);
	}

	/** A product with its first version using the API; {productId, versionId}. */
	private UUID[] product(String apiId) {
		var product = this.json
			.readTree(Visitor.text(this.api.post("/api/v1/organisations/" + this.organisationId + "/products",
					"{\"name\":\"Gateway\",\"version\":\"1.0\"}")));
		var ids = new UUID[] { UUID.fromString(product.get("id").asString()),
				UUID.fromString(product.get("versions").get(0).get("id").asString()) };
		this.api.put("/api/v1/organisations/" + this.organisationId + "/products/" + ids[0] + "/versions/" + ids[1]
				+ "/apis", "{\"apiIds\":[\"" + apiId + "\"]}");
		return ids;
	}

}
