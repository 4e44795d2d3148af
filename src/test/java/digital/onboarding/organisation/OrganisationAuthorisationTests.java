package digital.onboarding.organisation;

import java.util.UUID;
import java.util.stream.Stream;

import digital.onboarding.access.TestPki;
import digital.onboarding.support.Agreements;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and API endpoint of an organisation, asked by its owner, by a viewer, and by
 * a member of another organisation. Outsiders learn nothing (404); viewers read but
 * change nothing (403).
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationAuthorisationTests {

	/** What an endpoint needs of the caller. */
	enum Need {

		READ, CHANGE

	}

	/** An endpoint with a request that would succeed for its owner. */
	record Endpoint(String method, String path, Need need, String... body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/** An environment access of a product version in the API. */
	private static final String ACCESS = "/api/v1/organisations/{o}/products/{p}/versions/{v}/environment-accesses/{e}";

	/** A good certificate chain and public key, made for this run. */
	static final class Chains {

		static final TestPki.Issued ROOT_ISSUED = TestPki.root("Guarded Root");

		static final TestPki.Issued INTERMEDIATE_ISSUED = TestPki.intermediate("Guarded Intermediate", ROOT_ISSUED);

		static final String ROOT = ROOT_ISSUED.pem();

		static final String INTERMEDIATE = INTERMEDIATE_ISSUED.pem();

		static final String MTLS = TestPki.mtls("gateway.guarded.example", INTERMEDIATE_ISSUED).pem();

		static final String PUBLIC_KEY = TestPki.pem(TestPki.ecKeys().getPublic());

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private UUID organisation;

	private String ownerEmail;

	private String viewerEmail;

	private String outsiderEmail;

	private UUID outsiderOrganisation;

	/** A viewer whom owners change and remove; put back before each request. */
	private String subjectEmail;

	@BeforeAll
	void world() {
		this.ownerEmail = People.activeAccount(this.mvc);
		this.organisation = Organisations.register(People.signedIn(this.mvc, this.ownerEmail), "Guarded Ltd");
		this.viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.organisation, this.viewerEmail, "VIEWER");
		this.outsiderEmail = People.activeAccount(this.mvc);
		this.outsiderOrganisation = Organisations.register(People.signedIn(this.mvc, this.outsiderEmail), "Nosy Ltd");
		this.subjectEmail = People.activeAccount(this.mvc);
	}

	static Stream<Endpoint> pages() {
		var contact = new String[] { "kind", "TECHNICAL", "name", "Tess", "jobTitle", "Engineer", "email",
				"tess@example.org", "version", "0" };
		return Stream.of(new Endpoint("GET", "/organisations/{o}", Need.READ),
				new Endpoint("GET", "/organisations/{o}/contacts", Need.READ),
				new Endpoint("GET", "/organisations/{o}/contacts/new", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/contacts", Need.CHANGE, "kind", "ONBOARDING", "name", "Olu",
						"jobTitle", "PM", "email", "olu@example.org", "version", "0"),
				new Endpoint("GET", "/organisations/{o}/contacts/{c}", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/contacts/{c}", Need.CHANGE, contact),
				new Endpoint("GET", "/organisations/{o}/contacts/{c}/remove", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/contacts/{c}/remove", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/tokens", Need.READ),
				new Endpoint("POST", "/organisations/{o}/tokens", Need.READ, "name", "Mine", "validity", "DAYS_30"),
				new Endpoint("GET", "/organisations/{o}/products", Need.READ),
				new Endpoint("GET", "/organisations/{o}/products/new", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/new", Need.CHANGE, "name", "New", "version", "1.0"),
				new Endpoint("GET", "/organisations/{o}/products/{p}", Need.READ),
				new Endpoint("GET", "/organisations/{o}/products/{p}/details", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/details", Need.CHANGE, "name", "Renamed",
						"lockVersion", "0"),
				new Endpoint("GET", "/organisations/{o}/products/{p}/versions/new", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/versions/new", Need.CHANGE, "version", "1.1"),
				new Endpoint("GET", "/organisations/{o}/products/{p}/versions/{v}/apis", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/versions/{v}/apis", Need.CHANGE, "apiIds",
						"nhs-login"),
				new Endpoint("GET", "/organisations/{o}/products/{p}/archive", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/archive", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/products/{p}/versions/{v}/applications", Need.READ),
				new Endpoint("GET", "/organisations/{o}/products/{p}/certificates", Need.READ),
				new Endpoint("GET", "/organisations/{o}/products/{p}/versions/{v}/export.xlsx", Need.READ),
				new Endpoint("GET",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation",
						Need.READ),
				new Endpoint("POST",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation",
						Need.CHANGE, "answersVersion", "0", "organisation-name", "Guarded Ltd"),
				new Endpoint("GET",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation/check",
						Need.CHANGE),
				new Endpoint("POST",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation/check",
						Need.CHANGE, "answersVersion", "0"),
				new Endpoint("POST",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation/comments/"
								+ UUID.randomUUID() + "/replies",
						Need.CHANGE, "body", "A reply"),
				new Endpoint("POST",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/start-again",
						Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/products/{p}/agreements", Need.READ),
				new Endpoint("GET", "/organisations/{o}/products/{p}/agreements/{a}/pdf", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/agreements/{a}/send-again", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/products/{p}/environments", Need.READ),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/versions/{v}/requests", Need.CHANGE,
						"apiId", "national-imaging-registry", "environment", "sandbox"),
				new Endpoint("GET", "/organisations/{o}/products/{p}/environments/{e}", Need.READ),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/api-keys", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/credentials/{k}/rotate",
						Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/credentials/{k}/revoke",
						Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/public-keys", Need.CHANGE,
						"publicKey", Chains.PUBLIC_KEY),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/jwks-urls", Need.CHANGE,
						"jwksUrl", "https://auth.guarded.example/jwks.json"),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/certificates", Need.CHANGE,
						"root", Chains.ROOT, "intermediate", Chains.INTERMEDIATE, "mtls", Chains.MTLS),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/allowlist", Need.CHANGE,
						"address", "81.2.69.0/28"),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/allowlist/{l}/remove",
						Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/products/{p}/environments/{e}/endpoints", Need.CHANGE,
						"ITI-38", "https://gateway.guarded.example/iti38"),
				new Endpoint("GET", "/organisations/{o}/acceptable-use-policy", Need.READ),
				new Endpoint("POST", "/organisations/{o}/acceptable-use-policy", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/members", Need.READ),
				new Endpoint("GET", "/organisations/{o}/members/invite", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/members/invite", Need.CHANGE, "email", "invitee@example.org",
						"role", "VIEWER"),
				new Endpoint("POST", "/organisations/{o}/members/invitations/{i}/withdraw", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/members/{m}/role", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/members/{m}/role", Need.CHANGE, "role", "ADMIN"),
				new Endpoint("GET", "/organisations/{o}/members/{m}/remove", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/members/{m}/remove", Need.CHANGE),
				new Endpoint("GET", "/organisations/{o}/commissions", Need.READ),
				new Endpoint("GET", "/organisations/{o}/commissions/{k}", Need.READ),
				new Endpoint("POST", "/organisations/{o}/commissions/{k}/accept", Need.CHANGE, "version", "0"),
				new Endpoint("POST", "/organisations/{o}/commissions/{k}/decline", Need.CHANGE, "version", "0",
						"declineReason", "No capacity this year"),
				new Endpoint("GET", "/organisations/{o}/products/{p}/commissions", Need.READ),
				new Endpoint("GET", "/organisations/{o}/dspt", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/dspt", Need.CHANGE, "status", "STANDARDS_MET", "day", "15",
						"month", "1", "year", "2026", "version", "0"),
				new Endpoint("GET", "/organisations/{o}/expiries", Need.READ),
				new Endpoint("GET", "/organisations/{o}/evidence", Need.READ),
				new Endpoint("GET", "/organisations/{o}/evidence/{e}/expiry", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/evidence/{e}/expiry", Need.CHANGE, "day", "1", "month", "1",
						"year", "2030", "version", "0"),
				new Endpoint("GET",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/newer-programme",
						Need.READ),
				new Endpoint("POST",
						"/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/newer-programme",
						Need.CHANGE, "fromVersion", "1.0", "toVersion", "1.0"));
	}

	static Stream<Endpoint> api() {
		var contact = "{\"kind\":\"IG_LEAD\",\"name\":\"Ida\",\"jobTitle\":\"IG lead\",\"email\":\"ida@example.org\"}";
		return Stream.of(new Endpoint("GET", "/api/v1/organisations/{o}", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/contacts", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/contacts/{c}", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/contacts", Need.CHANGE, contact),
				new Endpoint("PUT", "/api/v1/organisations/{o}/contacts/{c}", Need.CHANGE,
						"{\"details\":{\"kind\":\"TECHNICAL\",\"name\":\"Tess\",\"jobTitle\":\"Lead\",\"email\":\"tess@example.org\"},\"version\":0}"),
				new Endpoint("DELETE", "/api/v1/organisations/{o}/contacts/{c}", Need.CHANGE),
				new Endpoint("GET", "/api/v1/organisations/{o}/products", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/products", Need.CHANGE,
						"{\"name\":\"New\",\"version\":\"1.0\"}"),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}", Need.READ),
				new Endpoint("PUT", "/api/v1/organisations/{o}/products/{p}", Need.CHANGE,
						"{\"name\":\"Renamed\",\"version\":0}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/products/{p}/versions", Need.CHANGE,
						"{\"version\":\"1.1\"}"),
				new Endpoint("PUT", "/api/v1/organisations/{o}/products/{p}/versions/{v}/apis", Need.CHANGE,
						"{\"apiIds\":[\"nhs-login\"]}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/products/{p}/archive", Need.CHANGE, ""),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/versions/{v}/applications", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/versions/{v}/export", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/versions/{v}/export.xlsx", Need.READ),
				new Endpoint("GET",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation",
						Need.READ),
				new Endpoint("PUT",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation",
						Need.CHANGE, "{\"version\":0,\"answers\":{\"organisation-name\":\"Guarded Ltd\"}}"),
				new Endpoint("POST",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/sections/eligibility-organisation/comments/{t}/replies",
						Need.CHANGE, "{\"body\":\"A reply\"}"),
				new Endpoint("POST",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/restart",
						Need.CHANGE, ""),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/agreements", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/agreements/{a}", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/agreements/{a}/pdf", Need.CHANGE),
				new Endpoint("POST", "/api/v1/organisations/{o}/products/{p}/agreements/{a}/link", Need.CHANGE, ""),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/versions/{v}/environments", Need.READ),
				new Endpoint("POST",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/environments/national-imaging-registry/sandbox",
						Need.CHANGE, ""),
				new Endpoint("GET", ACCESS, Need.READ), new Endpoint("GET", ACCESS + "/credentials", Need.READ),
				new Endpoint("POST", ACCESS + "/api-keys", Need.CHANGE, ""),
				new Endpoint("POST", ACCESS + "/credentials/{k}/rotation", Need.CHANGE, ""),
				new Endpoint("POST", ACCESS + "/credentials/{k}/revocation", Need.CHANGE, ""),
				new Endpoint("POST", ACCESS + "/public-keys", Need.CHANGE,
						"{\"pem\":\"" + Chains.PUBLIC_KEY.replace("\n", "\\n") + "\"}"),
				new Endpoint("POST", ACCESS + "/jwks-urls", Need.CHANGE,
						"{\"url\":\"https://auth.guarded.example/jwks\"}"),
				new Endpoint("GET", ACCESS + "/certificates", Need.READ),
				new Endpoint("POST", ACCESS + "/certificates", Need.CHANGE,
						"{\"root\":\"" + Chains.ROOT.replace("\n", "\\n") + "\",\"intermediate\":\""
								+ Chains.INTERMEDIATE.replace("\n", "\\n") + "\",\"mtls\":\""
								+ Chains.MTLS.replace("\n", "\\n") + "\"}"),
				new Endpoint("GET", ACCESS + "/allowlist", Need.READ),
				new Endpoint("POST", ACCESS + "/allowlist", Need.CHANGE, "{\"address\":\"81.2.69.0/28\"}"),
				new Endpoint("DELETE", ACCESS + "/allowlist/{l}", Need.CHANGE),
				new Endpoint("GET", ACCESS + "/endpoints", Need.READ),
				new Endpoint("PUT", ACCESS + "/endpoints", Need.CHANGE,
						"{\"ITI-38\":\"https://gateway.guarded.example/iti38\"}"),
				new Endpoint("GET", "/api/v1/organisations/{o}/acceptable-use-policy", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/members", Need.READ),
				new Endpoint("PUT", "/api/v1/organisations/{o}/members/{m}/role", Need.CHANGE, "{\"role\":\"ADMIN\"}"),
				new Endpoint("DELETE", "/api/v1/organisations/{o}/members/{m}", Need.CHANGE),
				new Endpoint("GET", "/api/v1/organisations/{o}/invitations", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/invitations", Need.CHANGE,
						"{\"email\":\"invitee@example.org\",\"role\":\"VIEWER\"}"),
				new Endpoint("DELETE", "/api/v1/organisations/{o}/invitations/{i}", Need.CHANGE),
				new Endpoint("GET", "/api/v1/organisations/{o}/commissionable", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/commissions", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/commissions/{k}", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k}/acceptance", Need.CHANGE,
						"{\"version\":0}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k}/declination", Need.CHANGE,
						"{\"version\":0,\"reason\":\"No capacity this year\"}"),
				new Endpoint("GET", "/api/v1/organisations/{o}/products/{p}/commissions", Need.READ),
				new Endpoint("PUT", "/api/v1/organisations/{o}/dspt", Need.CHANGE,
						"{\"status\":\"standards-met\",\"published\":\"2026-01-15\",\"version\":0}"),
				new Endpoint("GET", "/api/v1/organisations/{o}/expiries", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/evidence", Need.READ),
				new Endpoint("PUT", "/api/v1/organisations/{o}/evidence/{e}/expiry", Need.CHANGE,
						"{\"expiresOn\":\"2030-01-01\",\"version\":0}"),
				new Endpoint("GET",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/programme-move",
						Need.READ),
				new Endpoint("POST",
						"/api/v1/organisations/{o}/products/{p}/versions/{v}/applications/national-imaging-registry/programme-move",
						Need.CHANGE, "{\"fromVersion\":\"1.0\",\"toVersion\":\"1.0\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pagesKeepOtherOrganisationsOutAndViewersFromChanging(Endpoint endpoint) {
		assertThat(status(asPage(this.outsiderEmail, endpoint))).as("outsider").isEqualTo(404);
		var viewer = status(asPage(this.viewerEmail, endpoint));
		if (endpoint.need() == Need.CHANGE) {
			assertThat(viewer).as("viewer").isEqualTo(403);
		}
		else {
			assertThat(viewer).as("viewer").isIn(200, 302);
		}
		assertThat(status(asPage(this.ownerEmail, endpoint))).as("owner").isIn(200, 201, 204, 302);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("api")
	void apiKeepsOtherOrganisationsOutAndViewersFromChanging(Endpoint endpoint) {
		var outsider = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, this.outsiderEmail), this.outsiderOrganisation));
		assertThat(status(call(outsider, endpoint))).as("outsider").isEqualTo(404);
		var viewer = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, this.viewerEmail), this.organisation));
		var viewerStatus = status(call(viewer, endpoint));
		if (endpoint.need() == Need.CHANGE) {
			assertThat(viewerStatus).as("viewer").isEqualTo(403);
		}
		else {
			assertThat(viewerStatus).as("viewer").isEqualTo(200);
		}
		var owner = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, this.ownerEmail), this.organisation));
		assertThat(status(call(owner, endpoint))).as("owner").isIn(200, 201, 204);
	}

	/** A submitted section of the version with a reviewer's comment to reply to. */
	private UUID reviewerThread(UUID version) {
		var owner = Members.accountId(this.jdbc, this.ownerEmail);
		var response = UUID.randomUUID();
		var thread = UUID.randomUUID();
		this.jdbc.sql("""
				insert into section_responses (id, organisation_id, product_version_id, section_key, answers, status,
				  updated_at, updated_by)
				values (?, ?, ?, 'eligibility-organisation', '{}', 'SUBMITTED', now(), ?)
				""").params(response, this.organisation, version, owner).update();
		this.jdbc.sql("""
				insert into section_revisions (id, section_response_id, number, answers, programme_versions,
				  submitted_at, submitted_by)
				values (?, ?, 1, '{}', 'national-imaging-registry@1.0', now(), ?)
				""").params(UUID.randomUUID(), response, owner).update();
		this.jdbc.sql("""
				insert into section_comments (id, section_response_id, thread_id, revision_number, author_id,
				  author_name, from_staff, body, created_at)
				values (?, ?, ?, 1, ?, 'A reviewer', true, 'Please explain', now())
				""").params(thread, response, thread, owner).update();
		return thread;
	}

	/**
	 * The path with a granted sandbox access of the version, and an API key and an
	 * allowlist entry of it if the path needs them.
	 */
	private String sandboxAccess(UUID product, UUID version, String path) {
		var owner = Members.accountId(this.jdbc, this.ownerEmail);
		var access = UUID.randomUUID();
		this.jdbc.sql("""
				insert into product_version_apis (product_version_id, api_id, chosen_at)
				values (?, 'national-imaging-registry', now()) on conflict do nothing
				""").param(version).update();
		this.jdbc
			.sql("""
					insert into environment_accesses (id, reference, organisation_id, product_id, product_version_id, api_id,
					  environment, status, requested_at, requested_by, decided_at)
					values (?, ?, ?, ?, ?, 'national-imaging-registry', 'SANDBOX', 'GRANTED', now(), ?, now())
					""")
			.params(access, "NIR-SBX-" + access.toString().substring(0, 8), this.organisation, product, version, owner)
			.update();
		if (path.contains("{k}")) {
			var credential = UUID.randomUUID();
			this.jdbc
				.sql("""
						insert into environment_credentials (id, access_id, kind, key_hash, key_hint, created_at, created_by)
						values (?, ?, 'API_KEY', ?, 'dosk_abcdef', now(), ?)
						""")
				.params(credential, access, credential.toString(), owner)
				.update();
			path = path.replace("{k}", credential.toString());
		}
		if (path.contains("{l}")) {
			var entry = UUID.randomUUID();
			this.jdbc.sql("""
					insert into allowlist_entries (id, access_id, cidr, created_at, created_by)
					values (?, ?, '81.2.69.0/28', now(), ?)
					""").params(entry, access, owner).update();
			path = path.replace("{l}", entry.toString());
		}
		return path.replace("{e}", access.toString());
	}

	/** A product version of ours, commissioned by an end user organisation. */
	private UUID commissionOfOurProduct() {
		var product = UUID.randomUUID();
		var version = UUID.randomUUID();
		var endUser = UUID.randomUUID();
		var commission = UUID.randomUUID();
		this.jdbc
			.sql("insert into products (id, organisation_id, name, created_at) values (?, ?, 'Commissioned', now())")
			.params(product, this.organisation)
			.update();
		this.jdbc.sql("insert into product_versions (id, product_id, number, created_at) values (?, ?, '1.0', now())")
			.params(version, product)
			.update();
		this.jdbc.sql("""
				insert into organisations (id, legal_name, ods_code, kind, created_at)
				values (?, 'Commissioning Trust', ?, 'END_USER_ORGANISATION', now())
				""").params(endUser, Organisations.uniqueOdsCode()).update();
		this.jdbc.sql("""
				insert into commissions (id, end_user_organisation_id, supplier_organisation_id, product_id,
				  product_version_id, api_id, hcid, state, commissioned_at, commissioned_by)
				values (?, ?, ?, ?, ?, 'national-imaging-registry', 'urn:oid:2.16.840.1', 'COMMISSIONED', now(), ?)
				""")
			.params(commission, endUser, this.organisation, product, version,
					Members.accountId(this.jdbc, this.ownerEmail))
			.update();
		return commission;
	}

	private MvcResult asPage(String email, Endpoint endpoint) {
		var visitor = People.signedIn(this.mvc, email);
		var path = resolve(endpoint.path());
		return endpoint.method().equals("GET") ? visitor.get(path) : visitor.post(path, endpoint.body());
	}

	private MvcResult call(ApiClient client, Endpoint endpoint) {
		var path = resolve(endpoint.path());
		return switch (endpoint.method()) {
			case "GET" -> client.get(path);
			case "POST" -> client.post(path, endpoint.body()[0]);
			case "PUT" -> client.put(path, endpoint.body()[0]);
			case "DELETE" -> client.delete(path);
			default -> throw new IllegalArgumentException(endpoint.method());
		};
	}

	/**
	 * Fills in the organisation and a fresh technical contact, so destructive calls never
	 * run out of one.
	 */
	private String resolve(String path) {
		if (path.contains("{c}")) {
			this.jdbc.sql("delete from contacts where organisation_id = ? and kind = 'TECHNICAL'")
				.param(this.organisation)
				.update();
			var contact = UUID.randomUUID();
			this.jdbc.sql("""
					insert into contacts (id, organisation_id, kind, name, job_title, email, created_at)
					values (?, ?, 'TECHNICAL', 'Tess', 'Engineer', 'tess@example.org', now())
					""").params(contact, this.organisation).update();
			path = path.replace("{c}", contact.toString());
		}
		if (path.contains("{p}")) {
			var product = UUID.randomUUID();
			var version = UUID.randomUUID();
			this.jdbc.sql("insert into products (id, organisation_id, name, created_at) values (?, ?, 'Scope', now())")
				.params(product, this.organisation)
				.update();
			this.jdbc
				.sql("insert into product_versions (id, product_id, number, created_at) values (?, ?, '1.0', now())")
				.params(version, product)
				.update();
			this.jdbc
				.sql("""
						insert into applications (id, organisation_id, product_version_id, api_id, programme_version, opened_at)
						values (?, ?, ?, 'national-imaging-registry', '1.0', now())
						""")
				.params(UUID.randomUUID(), this.organisation, version)
				.update();
			if (path.endsWith("/restart")) {
				this.jdbc
					.sql("update applications set closed_at = now(), rejected_at = now() where product_version_id = ?")
					.param(version)
					.update();
			}
			if (path.contains("{t}")) {
				path = path.replace("{t}", reviewerThread(version).toString());
			}
			if (path.contains("{a}")) {
				path = path.replace("{a}",
						Agreements.issued(this.jdbc, this.organisation, product, version, "national-imaging-registry")
							.toString());
			}
			if (path.contains("{e}")) {
				path = sandboxAccess(product, version, path);
			}
			if (path.contains("/environments")) {
				this.jdbc.sql("""
						insert into product_version_apis (product_version_id, api_id, chosen_at)
						values (?, 'national-imaging-registry', now()) on conflict do nothing
						""").param(version).update();
			}
			path = path.replace("{p}", product.toString()).replace("{v}", version.toString());
		}
		if (path.contains("{m}")) {
			this.jdbc.sql(
					"delete from memberships where organisation_id = ? and account_id = (select id from accounts where email = ?)")
				.params(this.organisation, this.subjectEmail)
				.update();
			Members.join(this.jdbc, this.organisation, this.subjectEmail, "VIEWER");
			path = path.replace("{m}",
					this.jdbc.sql("select id from accounts where email = ?")
						.param(this.subjectEmail)
						.query(UUID.class)
						.single()
						.toString());
		}
		if (path.contains("{e}")) {
			var evidence = UUID.randomUUID();
			this.jdbc.sql("""
					insert into evidence_files (id, organisation_id, filename, media_type, size, sha256, uploaded_by,
					  uploaded_at, storage_key, scan_result)
					select ?, ?, 'pen-test.pdf', 'application/pdf', 1, repeat('a', 64), id, now(), ?, 'NOT_SCANNED'
					from accounts where email = ?
					""").params(evidence, this.organisation, "authorisation/" + evidence, this.ownerEmail).update();
			path = path.replace("{e}", evidence.toString());
		}
		if (path.contains("{i}")) {
			var invitation = UUID.randomUUID();
			this.jdbc
				.sql("""
						insert into invitations (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at)
						select ?, ?, 'pending@example.org', 'VIEWER', ?, id, now(), now() + interval '7 days'
						from accounts where email = ?
						""")
				.params(invitation, this.organisation, invitation.toString(), this.ownerEmail)
				.update();
			path = path.replace("{i}", invitation.toString());
		}
		if (path.contains("{k}")) {
			path = path.replace("{k}", commissionOfOurProduct().toString());
		}
		this.jdbc.sql("delete from contacts where organisation_id = ? and kind in ('ONBOARDING', 'IG_LEAD')")
			.param(this.organisation)
			.update();
		return path.replace("{o}", this.organisation.toString());
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
