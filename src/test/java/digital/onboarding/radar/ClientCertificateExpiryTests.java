package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.access.TestPki;
import digital.onboarding.platform.England;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier's client certificates are on its radar; the organisation is warned before
 * one expires, and on the day it is marked unusable, once.
 */
@ServiceTest
class ClientCertificateExpiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpiryRadar radar;

	@Autowired
	ClientCertificateSource source;

	@Test
	void anExpiredClientCertificateIsMarkedUnusableOnTheDayAfterAWarningAWeekBefore() throws Exception {
		var owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var organisation = Organisations.register(owner, "Osprey Imaging Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var product = read(api.post("/api/v1/organisations/" + organisation + "/products",
				"{\"name\":\"Osprey Gateway\",\"version\":\"1.0\"}"));
		var version = "/api/v1/organisations/" + organisation + "/products/" + product.get("id").asString()
				+ "/versions/" + product.get("versions").get(0).get("id").asString();
		api.put(version + "/apis", "{\"apiIds\":[\"national-imaging-registry\"]}");
		var access = read(api.post(version + "/environments/national-imaging-registry/sandbox", ""));
		var certificates = version + "/environment-accesses/" + access.get("id").asString() + "/certificates";
		var root = TestPki.root("Osprey Root");
		var intermediate = TestPki.intermediate("Osprey Intermediate", root);
		var leaf = TestPki.mtls("osprey.gateway.example", intermediate);
		var uploaded = api.post(certificates, this.json
			.writeValueAsString(Map.of("root", root.pem(), "intermediate", intermediate.pem(), "mtls", leaf.pem())));
		assertThat(uploaded.getResponse().getStatus()).isEqualTo(201);
		var leafKey = "client-certificate:" + read(uploaded).get(2).get("id").asString();

		var onRadar = this.source.of(organisation);
		assertThat(onRadar).hasSize(3).extracting(Expiry::key).contains(leafKey);
		var leafExpiry = onRadar.stream().filter(expiry -> expiry.key().equals(leafKey)).findFirst().orElseThrow();
		var endsOn = leafExpiry.endsOn();
		assertThat(endsOn)
			.isAfter(LocalDate.ofInstant(leaf.certificate().getNotAfter().toInstant(), England.TIME_ZONE).minusDays(1));

		assertThat(this.radar.run(endsOn.minusDays(7), organisation)).as("the leaf, a week before").isEqualTo(1);
		assertThat(this.radar.run(endsOn, organisation)).as("the leaf, on the day").isEqualTo(1);
		assertThat(this.radar.run(endsOn, organisation)).as("once").isZero();
		var leafNow = read(api.get(certificates)).get(2);
		assertThat(leafNow.get("unusableReason").asString()).isEqualTo("It expired");
		assertThat(this.source.of(organisation)).extracting(Expiry::key).doesNotContain(leafKey);
	}

	private JsonNode read(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsString());
	}

}
