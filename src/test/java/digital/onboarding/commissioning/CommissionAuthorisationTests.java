package digital.onboarding.commissioning;

import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end user organisation's side of every commission page and endpoint, asked by its
 * owner, a viewer and a member of another end user organisation: outsiders learn nothing
 * (404), viewers read but change nothing (403). The supplier's side is in
 * {@code OrganisationAuthorisationTests}.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionAuthorisationTests {

	/** {@code {k:STATE}}: a fresh commission of ours in that state. */
	private static final Pattern COMMISSION = Pattern.compile("\\{k:([A-Z_]+)}");

	enum Need {

		READ, CHANGE

	}

	record Endpoint(String method, String path, Need need, String... body) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ReviewManagement reviews;

	@Autowired
	Catalogue catalogue;

	private Parties.Certified certified;

	private Parties.EndUser trust;

	private String viewerEmail;

	private Parties.EndUser outsider;

	@BeforeAll
	void world() {
		this.certified = Parties.Certified.make(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Guarded Imaging Ltd", "Guarded PACS");
		this.trust = Parties.EndUser.register(this.mvc, "Guarded Trust");
		this.viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.trust.organisationId(), this.viewerEmail, "VIEWER");
		this.outsider = Parties.EndUser.register(this.mvc, "Nosy Trust");
	}

	Stream<Endpoint> pages() {
		var choice = this.certified.versionId() + ":national-imaging-registry";
		return Stream.of(new Endpoint("GET", "/organisations/{o}/commissions", Need.READ),
				new Endpoint("GET", "/organisations/{o}/commissions/new", Need.CHANGE),
				new Endpoint("POST", "/organisations/{o}/commissions/new", Need.CHANGE, "choice", choice, "hcid",
						"urn:oid:2.16.840.1.113883.2.1.4.9"),
				new Endpoint("GET", "/organisations/{o}/commissions/{k:COMMISSIONED}", Need.READ),
				new Endpoint("POST", "/organisations/{o}/commissions/{k:ACCEPTED}/runs", Need.CHANGE, "version", "0",
						"startedOn.day", "2", "startedOn.month", "1", "startedOn.year", "2026", "endedOn.day", "3",
						"endedOn.month", "1", "endedOn.year", "2026", "outcome", "PASSED"),
				new Endpoint("POST", "/organisations/{o}/commissions/{k:PASSED}/int-sign-off", Need.CHANGE, "version",
						"0"),
				new Endpoint("POST", "/organisations/{o}/commissions/{k:INT_SIGNED_OFF}/decision", Need.CHANGE,
						"version", "0", "decision", "GO"),
				new Endpoint("POST", "/organisations/{o}/commissions/{k:COMMISSIONED}/end", Need.CHANGE, "version", "0",
						"endReason", "No longer needed"));
	}

	Stream<Endpoint> api() {
		return Stream.of(new Endpoint("GET", "/api/v1/organisations/{o}/commissionable", Need.READ),
				new Endpoint("GET", "/api/v1/organisations/{o}/commissions", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions", Need.CHANGE, "{\"productVersionId\":\""
						+ this.certified.versionId()
						+ "\",\"apiId\":\"national-imaging-registry\",\"hcid\":\"urn:oid:2.16.840.1.113883.2.1.4.9\"}"),
				new Endpoint("GET", "/api/v1/organisations/{o}/commissions/{k:LIVE}", Need.READ),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k:ACCEPTED}/runs", Need.CHANGE,
						"{\"version\":0,\"startedOn\":\"2026-01-02\",\"endedOn\":\"2026-01-03\",\"outcome\":\"FAILED\"}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k:PASSED}/int-sign-off", Need.CHANGE,
						"{\"version\":0}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k:INT_SIGNED_OFF}/decision", Need.CHANGE,
						"{\"version\":0,\"go\":false,\"reason\":\"Not ready\"}"),
				new Endpoint("POST", "/api/v1/organisations/{o}/commissions/{k:ACCEPTED}/end", Need.CHANGE,
						"{\"version\":0,\"reason\":\"No longer needed\"}"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pagesKeepOtherOrganisationsOutAndViewersFromChanging(Endpoint endpoint) {
		assertThat(status(asPage(this.outsider.ownerEmail(), endpoint))).as("outsider").isEqualTo(404);
		var viewer = status(asPage(this.viewerEmail, endpoint));
		if (endpoint.need() == Need.CHANGE) {
			assertThat(viewer).as("viewer").isEqualTo(403);
		}
		else {
			assertThat(viewer).as("viewer").isEqualTo(200);
		}
		assertThat(status(asPage(this.trust.ownerEmail(), endpoint))).as("owner").isIn(200, 302);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("api")
	void apiKeepsOtherOrganisationsOutAndViewersFromChanging(Endpoint endpoint) {
		assertThat(status(call(this.outsider.api(), endpoint))).as("outsider").isEqualTo(404);
		var viewer = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, this.viewerEmail), this.trust.organisationId()));
		var viewerStatus = status(call(viewer, endpoint));
		if (endpoint.need() == Need.CHANGE) {
			assertThat(viewerStatus).as("viewer").isEqualTo(403);
		}
		else {
			assertThat(viewerStatus).as("viewer").isEqualTo(200);
		}
		assertThat(status(call(this.trust.api(), endpoint))).as("owner").isIn(200, 201);
	}

	/**
	 * Another end user organisation, asking through its own organisation, finds none of
	 * ours: it sees only its own commissions.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("api")
	void anotherEndUserOrganisationFindsNoneOfOurs(Endpoint endpoint) {
		if (!endpoint.path().contains("{k:")) {
			return;
		}
		var path = resolve(endpoint.path()).replace(this.trust.organisationId().toString(),
				this.outsider.organisationId().toString());
		var asked = endpoint.method().equals("GET") ? this.outsider.api().get(path)
				: this.outsider.api().post(path, endpoint.body()[0]);
		assertThat(status(asked)).isEqualTo(404);
	}

	@Test
	void aProductOfAnotherOrganisationIsNotFoundThroughOurs() {
		var path = "/organisations/" + this.outsider.organisationId() + "/products/" + this.certified.productId()
				+ "/commissions";
		assertThat(status(this.outsider.api().get("/api/v1" + path))).as("API").isEqualTo(404);
		assertThat(status(this.outsider.owner().get(path))).as("page").isEqualTo(404);
	}

	/**
	 * A commission of the certified version by our end user organisation, in the state
	 * named.
	 */
	private UUID commission(String state) {
		var id = UUID.randomUUID();
		var owner = Members.accountId(this.jdbc, this.trust.ownerEmail());
		var stored = state.equals("PASSED") ? "ACCEPTED" : state;
		// Not the open commission of the version the commission endpoints make: ended
		// ones do not count, so this one is made open afterwards.
		this.jdbc.sql("""
				insert into commissions (id, end_user_organisation_id, supplier_organisation_id, product_id,
				  product_version_id, api_id, hcid, state, commissioned_at, commissioned_by, live_at)
				values (?, ?, ?, ?, ?, 'national-imaging-registry', 'urn:oid:2.16.840.1', 'ENDED', now(), ?,
				  case when ? = 'LIVE' then now() end)
				""")
			.params(id, this.trust.organisationId(), this.certified.supplier().organisationId,
					this.certified.productId(), this.certified.versionId(), owner, stored)
			.update();
		this.jdbc.sql("update commissions set state = 'ENDED' where end_user_organisation_id = ? and id <> ?")
			.params(this.trust.organisationId(), id)
			.update();
		this.jdbc.sql("update commissions set state = ? where id = ?").params(stored, id).update();
		if (state.equals("PASSED")) {
			this.jdbc.sql("""
					insert into commission_test_runs (id, commission_id, organisation_id, started_on, ended_on, outcome,
					  recorded_at, recorded_by)
					values (?, ?, ?, current_date - 2, current_date - 1, 'PASSED', now(), ?)
					""").params(UUID.randomUUID(), id, this.trust.organisationId(), owner).update();
		}
		return id;
	}

	private String resolve(String path) {
		var matcher = COMMISSION.matcher(path);
		if (matcher.find()) {
			path = matcher.replaceFirst(commission(matcher.group(1)).toString());
		}
		else if (path.endsWith("/commissions/new") || path.endsWith("/commissions")) {
			// Commissioning afresh: the version's earlier commission is closed.
			this.jdbc.sql("update commissions set state = 'ENDED' where end_user_organisation_id = ?")
				.param(this.trust.organisationId())
				.update();
		}
		return path.replace("{o}", this.trust.organisationId().toString());
	}

	private MvcResult asPage(String email, Endpoint endpoint) {
		var visitor = People.signedIn(this.mvc, email);
		var path = resolve(endpoint.path());
		return endpoint.method().equals("GET") ? visitor.get(path) : visitor.post(path, endpoint.body());
	}

	private MvcResult call(ApiClient client, Endpoint endpoint) {
		var path = resolve(endpoint.path());
		return endpoint.method().equals("GET") ? client.get(path) : client.post(path, endpoint.body()[0]);
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
