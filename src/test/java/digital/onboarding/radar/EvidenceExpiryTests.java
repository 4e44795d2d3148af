package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.UUID;

import digital.onboarding.support.ApiClient;
import digital.onboarding.support.EvidenceUploads;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.Samples;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence such as a penetration test may stop counting on a date, given on upload or
 * later on the evidence page and in the API; the radar warns before it.
 */
@ServiceTest
class EvidenceExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpiryRadar radar;

	private Visitor owner;

	private UUID organisation;

	private ApiClient api;

	@BeforeEach
	void supplier() {
		this.owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		this.organisation = Organisations.register(this.owner, "Keel Security Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisation));
	}

	@Test
	void anExpiryDateGivenOnUploadIsWarnedAbout() {
		var expires = LocalDate.of(2031, 6, 30);
		var uploaded = upload("pen-test-2026.pdf", "?expiresOn=" + expires);
		assertThat(uploaded.get("expiresOn").asString()).isEqualTo(expires.toString());

		assertThat(this.radar.run(expires.minusDays(30), this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(expires.minusDays(30), this.organisation)).isZero();

		var items = read(this.api.get("/api/v1/organisations/" + this.organisation + "/expiries?kind=evidence"));
		assertThat(items.findValuesAsString("title")).containsExactly("pen-test-2026.pdf");
		assertThat(this.owner.page("/organisations/" + this.organisation + "/evidence")).contains("pen-test-2026.pdf")
			.contains("30 June 2031");
	}

	@Test
	void theExpiryDateIsChangedWithTheVersionReadAndAudited() {
		var evidence = upload("safety-case.pdf", "");
		var path = "/api/v1/organisations/" + this.organisation + "/evidence/" + evidence.get("id").asString();
		assertThat(evidence.get("expiresOn").isNull()).isTrue();

		var changed = this.api.put(path + "/expiry", "{\"expiresOn\":\"2030-01-31\",\"version\":0}");
		assertThat(changed.getResponse().getStatus()).as(Visitor.text(changed)).isEqualTo(200);
		assertThat(read(changed).get("version").asInt()).isEqualTo(1);
		var again = this.api.put(path + "/expiry", "{\"expiresOn\":\"2030-01-31\",\"version\":0}");
		assertThat(again.getResponse().getStatus()).as("a double submit changes nothing").isEqualTo(200);
		var stale = this.api.put(path + "/expiry", "{\"expiresOn\":\"2030-02-28\",\"version\":0}");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(this.jdbc
			.sql("select summary from audit_events where action = 'evidence.expiry-changed' and object_id = ?")
			.param(evidence.get("id").asString())
			.query(String.class)
			.list()).containsExactly("Set the expiry date to 2030-01-31 of safety-case.pdf");

		var page = "/organisations/" + this.organisation + "/evidence/" + evidence.get("id").asString() + "/expiry";
		var refused = this.owner.post(page, "day", "31", "month", "2", "year", "2030", "version", "1");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(refused)).contains("The expiry date must be a real date");
		var twoDigitYear = this.owner.post(page, "day", "31", "month", "3", "year", "27", "version", "1");
		assertThat(Visitor.text(twoDigitYear)).as("not the year 27, which the radar would call lapsed long ago")
			.contains("The expiry date must be a real date");
		assertThat(read(this.api.get(path)).get("expiresOn").asString()).as("nothing saved").isEqualTo("2030-01-31");
		var cleared = this.owner.post(page, "day", "", "month", "", "year", "", "version", "1");
		assertThat(cleared.getResponse().getRedirectedUrl())
			.isEqualTo("/organisations/" + this.organisation + "/evidence");
		assertThat(read(this.api.get(path)).get("expiresOn").isNull()).isTrue();
	}

	@Test
	void viewersSeeTheDatesButCannotChangeThem() {
		var evidence = upload("pen-test.pdf", "?expiresOn=2030-05-01");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.organisation, viewerEmail, "VIEWER");
		var viewer = People.signedIn(this.mvc, viewerEmail);

		assertThat(viewer.page("/organisations/" + this.organisation + "/evidence")).contains("1 May 2030")
			.doesNotContain("Change expiry date");
		assertThat(viewer
			.post("/organisations/" + this.organisation + "/evidence/" + evidence.get("id").asString() + "/expiry",
					"day", "1", "month", "1", "year", "2031", "version", "0")
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private JsonNode upload(String filename, String query) {
		var body = new EvidenceUploads.Body().file("file", filename, Samples.pdf()).end();
		var result = this.api.perform(MockMvcRequestBuilders.post(EvidenceUploads.path(this.organisation) + query)
			.contentType("multipart/form-data; boundary=" + EvidenceUploads.BOUNDARY)
			.content(body));
		assertThat(result.getResponse().getStatus()).as(Visitor.text(result)).isEqualTo(201);
		return read(result);
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
