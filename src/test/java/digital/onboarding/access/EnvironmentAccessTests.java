package digital.onboarding.access;

import java.util.List;
import java.util.UUID;

import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.Sha256;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A supplier asking for environment access through the JSON API, managing its
 * credentials, certificates, allowlist and endpoints, and staff deciding production
 * access with four eyes.
 */
@ServiceTest
class EnvironmentAccessTests {

	private static final String NIR = "national-imaging-registry";

	private static final String NRL = "national-record-locator";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	EnvironmentAccessManagement accesses;

	@Autowired
	ClientCertificates certificates;

	private String ownerEmail;

	private UUID organisationId;

	private ApiClient api;

	@BeforeEach
	void supplier() {
		this.ownerEmail = People.activeAccount(this.mvc);
		this.organisationId = Organisations.register(People.signedIn(this.mvc, this.ownerEmail), "Gateway Ltd");
		this.api = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, this.ownerEmail), this.organisationId));
	}

	@Test
	void sandboxIsGrantedOnceThereIsAnApplicationAndIntegrationListsEverythingMissing() {
		var ids = product(NIR);
		var environments = read(this.api.get(version(ids) + "/environments")).get(0);
		assertThat(environments.get("sandbox").get("missing")).isEmpty();
		assertThat(texts(environments.get("integration").get("missing"))).containsExactly(
				"a valid technical conformance certificate for this version and National Imaging Registry",
				"an active connection agreement covering this version and National Imaging Registry, accepted by your "
						+ "legal signatory",
				"a commission from an end user organisation that you have accepted");
		assertThat(environments.get("productionPerEndUserOrganisation").asBoolean()).isTrue();
		assertThat(texts(environments.get("serviceEndpoints"))).containsExactly("ITI-38", "ITI-39", "RAD-75");

		var sandbox = this.api.post(version(ids) + "/environments/" + NIR + "/sandbox", "");
		assertThat(sandbox.getResponse().getStatus()).as(Visitor.text(sandbox)).isEqualTo(201);
		var access = read(sandbox);
		assertThat(access.get("status").asString()).isEqualTo("GRANTED");
		assertThat(access.get("reference").asString()).matches("NIR-SBX-[A-HJ-NP-Z2-9]{6}");
		var again = read(this.api.post(version(ids) + "/environments/" + NIR + "/sandbox", ""));
		assertThat(again.get("id")).as("a double submit changes nothing").isEqualTo(access.get("id"));

		var integration = this.api.post(version(ids) + "/environments/" + NIR + "/integration", "");
		assertThat(integration.getResponse().getStatus()).isEqualTo(409);
		var problem = read(integration);
		assertThat(problem.get("title").asString()).isEqualTo("Gate not met");
		assertThat(problem.get("missing")).hasSize(3);
		assertThat(AuditLog.last(this.jdbc, this.organisationId, "environment-access.granted").summary())
			.contains("Sandbox access " + access.get("reference").asString());
	}

	@Test
	void anApiKeyIsShownOnceStoredHashedAndRotatedAndRevoked() {
		var ids = product(NIR);
		var accessPath = sandbox(ids);
		var issued = this.api.post(accessPath + "/api-keys", "");
		assertThat(issued.getResponse().getStatus()).isEqualTo(201);
		var key = read(issued).get("key").asString();
		var credentialId = read(issued).get("credential").get("id").asString();
		assertThat(key).startsWith("dosk_").hasSizeGreaterThan(40);
		assertThat(this.jdbc.sql("select key_hash from environment_credentials where id = ?::uuid")
			.param(credentialId)
			.query(String.class)
			.single()).isEqualTo(Sha256.hex(key));
		assertThat(this.jdbc
			.sql("select count(*) from environment_credentials where row_to_json(environment_credentials)::text like ?")
			.param("%" + key + "%")
			.query(Long.class)
			.single()).as("the key itself is stored nowhere").isZero();
		var listed = Visitor.text(this.api.get(accessPath + "/credentials"));
		assertThat(listed).doesNotContain(key).contains(key.substring(0, 11));
		var twice = this.api.post(accessPath + "/api-keys", "");
		assertThat(twice.getResponse().getStatus()).as("one API key in force at a time").isEqualTo(409);
		assertThat(Visitor.text(twice)).contains("This access has an API key already. Rotate it to get a new key");

		var rotated = read(this.api.post(accessPath + "/credentials/" + credentialId + "/rotation", ""));
		assertThat(rotated.get("key").asString()).isNotEqualTo(key).startsWith("dosk_");
		var credentials = read(this.api.get(accessPath + "/credentials"));
		assertThat(credentials).hasSize(2);
		assertThat(revokedAt(credentials, credentialId)).as("the old key is revoked").isNotNull();
		assertThat(
				this.api.post(accessPath + "/credentials/" + credentialId + "/rotation", "").getResponse().getStatus())
			.as("a revoked key is not rotated again")
			.isEqualTo(409);

		var newId = rotated.get("credential").get("id").asString();
		var revoked = read(this.api.post(accessPath + "/credentials/" + newId + "/revocation", ""));
		assertThat(revoked.get("revokedAt").isNull()).isFalse();
		assertThat(this.api.post(accessPath + "/api-keys", "").getResponse().getStatus())
			.as("a new key once none is in force")
			.isEqualTo(201);
	}

	@Test
	void publicKeysAndJwksAddressesAreCheckedBeforeTheyAreKept() {
		var accessPath = sandbox(product(NIR));
		var pem = TestPki.pem(TestPki.ecKeys().getPublic());
		var added = this.api.post(accessPath + "/public-keys",
				this.json.writeValueAsString(java.util.Map.of("pem", pem)));
		assertThat(added.getResponse().getStatus()).as(Visitor.text(added)).isEqualTo(201);
		assertThat(read(added).get("keyDescription").asString()).isEqualTo("EC P-256");
		var weak = this.api.post(accessPath + "/public-keys", this.json
			.writeValueAsString(java.util.Map.of("pem", TestPki.pem(TestPki.keys("RSA", 1024).getPublic()))));
		assertThat(weak.getResponse().getStatus()).isEqualTo(400);
		assertThat(read(weak).get("errors").get("publicKey").asString())
			.isEqualTo("This RSA key has 1024 bits; RSA keys must have at least 2048 bits");
		assertThat(this.api.post(accessPath + "/jwks-urls", "{\"url\":\"https://auth.gateway.example/jwks.json\"}")
			.getResponse()
			.getStatus()).isEqualTo(201);
		var plain = this.api.post(accessPath + "/jwks-urls", "{\"url\":\"http://auth.gateway.example/jwks.json\"}");
		assertThat(read(plain).get("errors").get("jwksUrl").asString())
			.isEqualTo("The JWKS address must use HTTPS, not http");
	}

	@Test
	void aGoodChainIsRecordedAndABrokenOneRefusedWithNothingStored() {
		var accessPath = sandbox(product(NIR));
		var root = TestPki.root("Gateway Root");
		var intermediate = TestPki.intermediate("Gateway Intermediate", root);
		var mtls = TestPki.mtls("gateway.example", intermediate);
		var body = this.json.writeValueAsString(java.util.Map.of("root", root.pem(), "intermediate", intermediate.pem(),
				"mtls", mtls.pem(), "signing", TestPki.signing("saml.gateway.example", intermediate).pem()));
		var added = this.api.post(accessPath + "/certificates", body);
		assertThat(added.getResponse().getStatus()).as(Visitor.text(added)).isEqualTo(201);
		var recorded = read(added);
		assertThat(recorded).hasSize(4);
		assertThat(recorded.get(2).get("purpose").asString()).isEqualTo("MTLS");
		assertThat(recorded.get(2).get("subject").asString()).isEqualTo("CN=gateway.example,O=Test Supplier");
		assertThat(recorded.get(2).get("sha256").asString()).hasSize(95);

		var again = this.api.post(accessPath + "/certificates", body);
		assertThat(again.getResponse().getStatus()).as(Visitor.text(again)).isEqualTo(201);
		assertThat(read(again).get(0).get("id").asString()).as("the chain stored the first time")
			.isEqualTo(recorded.get(0).get("id").asString());
		assertThat(read(this.api.get(accessPath + "/certificates"))).as("a second send stores nothing more").hasSize(4);

		var stray = TestPki.mtls("gateway.example", TestPki.intermediate("Stray Intermediate", root));
		var refused = this.api.post(accessPath + "/certificates", this.json.writeValueAsString(
				java.util.Map.of("root", root.pem(), "intermediate", intermediate.pem(), "mtls", stray.pem())));
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(read(refused).get("errors").get("mtls").asString())
			.startsWith("The mTLS certificate was not issued by your intermediate certificate");
		assertThat(read(this.api.get(accessPath + "/certificates"))).as("nothing of the refused chain").hasSize(4);
	}

	@Test
	void theRadarFindsCertificatesExpiringByADayAndMarksThemUnusableOnce() {
		var accessPath = sandbox(product(NIR));
		var root = TestPki.root("Radar Root");
		var intermediate = TestPki.intermediate("Radar Intermediate", root);
		var leaf = TestPki.mtls("radar.gateway.example", intermediate);
		var recorded = read(this.api.post(accessPath + "/certificates", this.json.writeValueAsString(
				java.util.Map.of("root", root.pem(), "intermediate", intermediate.pem(), "mtls", leaf.pem()))));
		var leafId = UUID.fromString(recorded.get(2).get("id").asString());
		var expiry = java.time.LocalDate.ofInstant(leaf.certificate().getNotAfter().toInstant(),
				java.time.ZoneId.of("Europe/London"));
		assertThat(this.certificates.expiringOnOrBefore(expiry)).extracting(ClientCertificate::id).contains(leafId);
		assertThat(this.certificates.expiringOnOrBefore(expiry.minusDays(1))).extracting(ClientCertificate::id)
			.doesNotContain(leafId);

		assertThat(this.certificates.markUnusable(leafId, "Expired")).isTrue();
		assertThat(this.certificates.markUnusable(leafId, "Expired")).as("a second run changes nothing").isFalse();
		assertThat(this.certificates.expiringOnOrBefore(expiry)).extracting(ClientCertificate::id)
			.doesNotContain(leafId);
		var listed = read(this.api.get(accessPath + "/certificates")).get(2);
		assertThat(listed.get("unusableReason").asString()).isEqualTo("Expired");
		assertThat(AuditLog.last(this.jdbc, this.organisationId, "client-certificate.unusable").summary())
			.contains("CN=radar.gateway.example");
	}

	@Test
	void allowlistEntriesAndEndpointsAreCheckedWithTheirReasons() {
		var accessPath = sandbox(product(NIR));
		assertThat(this.api.post(accessPath + "/allowlist", "{\"address\":\"81.2.69.0/28\"}").getResponse().getStatus())
			.isEqualTo(201);
		var refused = this.api.post(accessPath + "/allowlist", "{\"address\":\"192.168.1.1\"}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(read(refused).get("errors").get("address").asString())
			.isEqualTo("192.168.1.1 is a private address (RFC 1918); give your public, static address");
		assertThat(texts(read(this.api.get(accessPath + "/allowlist")).findValues("address")))
			.containsExactly("81.2.69.0/28");

		var saved = this.api.put(accessPath + "/endpoints",
				"{\"ITI-38\":\"https://gateway.example/iti38\",\"RAD-75\":\"https://gateway.example/rad75\"}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		assertThat(read(saved)).hasSize(2);
		var plain = this.api.put(accessPath + "/endpoints", "{\"ITI-39\":\"http://gateway.example/iti39\"}");
		assertThat(read(plain).get("errors").get("ITI-39").asString())
			.isEqualTo("The ITI-39 endpoint must use HTTPS, not http");
	}

	@Test
	void nrlProductionNeedsStageFourAndFourEyes() {
		var ids = product(NRL);
		var refused = this.api.post(version(ids) + "/environments/" + NRL + "/production", "");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(texts(read(refused).get("missing")))
			.containsExactly("approval of every section of \"Stage 4: legal agreement and production access\"");

		approveStageFour(ids[1]);
		var requested = read(this.api.post(version(ids) + "/environments/" + NRL + "/production", ""));
		assertThat(requested.get("status").asString()).isEqualTo("REQUESTED");
		var accessId = UUID.fromString(requested.get("id").asString());

		var reviewer = Staff.grant(this.jdbc, People.activeAccount(this.mvc), NRL, "REVIEWER");
		var approverEmail = People.activeAccount(this.mvc);
		var approver = Staff.grant(this.jdbc, approverEmail, NRL, "APPROVER");
		Staff.grant(this.jdbc, approverEmail, NRL, "REVIEWER");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.accesses.grant(approver, accessId, 0))
			.withMessageStartingWith("Production access needs four eyes");
		this.accesses.recommend(approver, accessId, 0);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.accesses.grant(approver, accessId, 1))
			.withMessage("You recommended this access, so a different approver must grant it (four eyes)");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.accesses.grant(reviewer, accessId, 1))
			.withMessage("Only an approver of this API can grant production access");

		var secondApprover = Staff.grant(this.jdbc, People.activeAccount(this.mvc), NRL, "APPROVER");
		var granted = this.accesses.grant(secondApprover, accessId, 1);
		assertThat(granted.status()).isEqualTo(AccessStatus.GRANTED);
		assertThat(granted.decidedBy()).isEqualTo(secondApprover);
		assertThat(Mailbox.awaitMessageTo(this.ownerEmail, "Production access granted").body())
			.contains(granted.reference());
	}

	@Test
	void staffRefuseWithAReasonTheSupplierIsTold() {
		var ids = product(NRL);
		approveStageFour(ids[1]);
		var accessId = UUID.fromString(
				read(this.api.post(version(ids) + "/environments/" + NRL + "/production", "")).get("id").asString());
		var reviewer = Staff.grant(this.jdbc, People.activeAccount(this.mvc), NRL, "REVIEWER");
		assertThatExceptionOfType(AccessInputException.class)
			.isThrownBy(() -> this.accesses.refuse(reviewer, accessId, 0, " "));
		var refused = this.accesses.refuse(reviewer, accessId, 0, "The smoke test ran against the wrong version.");
		assertThat(refused.status()).isEqualTo(AccessStatus.REFUSED);
		assertThat(Mailbox.awaitMessageTo(this.ownerEmail, "Production access refused").body())
			.contains("The smoke test ran against the wrong version.");
		var again = read(this.api.post(version(ids) + "/environments/" + NRL + "/production", ""));
		assertThat(again.get("id").asString()).as("a new request may follow a refusal")
			.isNotEqualTo(accessId.toString());
	}

	@Test
	void anotherSupplierSeesNothing() {
		var accessPath = sandbox(product(NIR));
		var outsiderEmail = People.activeAccount(this.mvc);
		var outsiderOrganisation = Organisations.register(People.signedIn(this.mvc, outsiderEmail), "Nosy Ltd");
		var outsider = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, outsiderEmail), outsiderOrganisation));
		assertThat(outsider.get(accessPath).getResponse().getStatus()).isEqualTo(404);
		assertThat(outsider.post(accessPath + "/api-keys", "").getResponse().getStatus()).isEqualTo(404);
		var theirPath = accessPath.replace(this.organisationId.toString(), outsiderOrganisation.toString());
		assertThat(outsider.get(theirPath).getResponse().getStatus()).as("not through their own organisation either")
			.isEqualTo(404);
	}

	@Test
	void theEnvironmentsRootCertificatesArePublishedAndStayTheSame() {
		var visitor = new Visitor(this.mvc);
		var first = Visitor.text(visitor.get("/environments/integration/root-certificate.pem"));
		assertThat(first).startsWith("-----BEGIN CERTIFICATE-----");
		assertThat(Visitor.text(visitor.get("/environments/integration/root-certificate.pem"))).isEqualTo(first);
		assertThat(Visitor.text(visitor.get("/environments/production/root-certificate.pem"))).isNotEqualTo(first);
		assertThat(visitor.get("/environments/staging/root-certificate.pem").getResponse().getStatus()).isEqualTo(404);
	}

	/**
	 * Every section of the locator's stage 4 approved, as staff would have decided it.
	 */
	private void approveStageFour(UUID versionId) {
		AccessFixtures.approved(this.jdbc, this.organisationId, versionId, "connection-agreement",
				NRL + ":data-sharing-agreements", NRL + ":production-smoke-test");
	}

	/** A product with its first version using the API; {productId, versionId}. */
	private UUID[] product(String apiId) {
		var product = read(this.api.post("/api/v1/organisations/" + this.organisationId + "/products",
				"{\"name\":\"Gateway\",\"version\":\"1.0\"}"));
		var ids = new UUID[] { UUID.fromString(product.get("id").asString()),
				UUID.fromString(product.get("versions").get(0).get("id").asString()) };
		var chosen = this.api.put(products(ids) + "/versions/" + ids[1] + "/apis", "{\"apiIds\":[\"" + apiId + "\"]}");
		assertThat(chosen.getResponse().getStatus()).as(Visitor.text(chosen)).isEqualTo(200);
		return ids;
	}

	private String sandbox(UUID[] ids) {
		var granted = read(this.api.post(version(ids) + "/environments/" + NIR + "/sandbox", ""));
		return version(ids) + "/environment-accesses/" + granted.get("id").asString();
	}

	private String products(UUID[] ids) {
		return "/api/v1/organisations/" + this.organisationId + "/products/" + ids[0];
	}

	private String version(UUID[] ids) {
		return products(ids) + "/versions/" + ids[1];
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

	private static List<String> texts(JsonNode array) {
		var texts = new java.util.ArrayList<String>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

	private static List<String> texts(List<JsonNode> nodes) {
		return nodes.stream().map(JsonNode::asString).toList();
	}

	private static JsonNode revokedAt(JsonNode credentials, String id) {
		for (var credential : credentials) {
			if (credential.get("id").asString().equals(id)) {
				return credential.get("revokedAt").isNull() ? null : credential.get("revokedAt");
			}
		}
		return null;
	}

}
