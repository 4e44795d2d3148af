package digital.onboarding.access;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.commissioning.CommissionState;
import digital.onboarding.commissioning.Commissioning;
import digital.onboarding.commissioning.Parties;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.Agreements;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
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
 * The National Imaging Registry's gates with real commissions: integration once the
 * certified version has an active agreement and an accepted commission with its HCID;
 * production for that end user organisation after the legal stage, its go decision and
 * its acceptance of the acceptable use policy, granted with four eyes, which takes the
 * commission live and onto the register.
 */
@ServiceTest
class CommissionedAccessTests {

	private static final String NIR = "national-imaging-registry";

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

	@Autowired
	Commissioning commissioning;

	@Autowired
	EnvironmentAccessManagement accesses;

	@Test
	void integrationThenProductionForTheCommissioningOrganisation() {
		var certified = Parties.Certified.make(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Gated Imaging Ltd", "Gated PACS");
		var supplier = certified.supplier();
		var version = supplier.products() + "/" + certified.productId() + "/versions/" + certified.versionId();
		var trust = Parties.EndUser.register(this.mvc, "Riverside NHS Trust");
		var commissionId = UUID.fromString(read(trust.api().post(trust.commissions(), """
				{"productVersionId":"%s","apiId":"%s","hcid":"urn:oid:2.16.840.1.113883.2.1.4.9"}
				""".formatted(certified.versionId(), NIR))).get("id").asString());

		var integration = supplier.api.post(version + "/environments/" + NIR + "/integration", "");
		assertThat(integration.getResponse().getStatus()).isEqualTo(409);
		assertThat(texts(read(integration).get("missing"))).containsExactly(
				"an active connection agreement covering this version and National Imaging Registry, accepted by your "
						+ "legal signatory",
				"a commission from an end user organisation that you have accepted");

		supplier.api.post(commission(supplier.organisationId, commissionId) + "/acceptance", "{\"version\":0}");
		Agreements.active(this.jdbc, supplier.organisationId, certified.productId(), certified.versionId(), NIR);
		var granted = read(supplier.api.post(version + "/environments/" + NIR + "/integration", ""));
		assertThat(granted.get("status").asString()).isEqualTo("GRANTED");
		assertThat(granted.get("reference").asString()).startsWith("NIR-INT-");

		var environments = read(supplier.api.get(version + "/environments")).get(0);
		var production = environments.get("production");
		assertThat(production).hasSize(1);
		assertThat(production.get(0).get("endUserOrganisationName").asString()).isEqualTo("Riverside NHS Trust");
		assertThat(texts(production.get(0).get("missing"))).containsExactly("a go decision from Riverside NHS Trust",
				"Riverside NHS Trust's acceptance of the acceptable use policy, by its legal signatory",
				"approval of every section of \"Stage 4: legals and production access\"");
		var refused = supplier.api.post(version + "/environments/" + NIR + "/production",
				"{\"commissionId\":\"" + commissionId + "\"}");
		assertThat(texts(read(refused).get("missing"))).hasSize(3);

		var path = commission(trust.organisationId(), commissionId);
		var today = LocalDate.now(ZoneId.of("Europe/London"));
		trust.api().post(path + "/runs", """
				{"version":1,"startedOn":"%s","endedOn":"%s","outcome":"PASSED","evidenceId":null,"notes":"INT run"}
				""".formatted(today.minusDays(2), today.minusDays(1)));
		trust.api().post(path + "/int-sign-off", "{\"version\":2}");
		trust.api().post(path + "/decision", "{\"version\":3,\"go\":true}");
		AccessFixtures.approved(this.jdbc, supplier.organisationId, certified.versionId(), NIR + ":legals");
		var stillMissing = read(supplier.api.get(version + "/environments")).get(0).get("production").get(0);
		assertThat(texts(stillMissing.get("missing")))
			.containsExactly("Riverside NHS Trust's acceptance of the acceptable use policy, by its legal signatory");
		AccessFixtures.acceptableUsePolicyAccepted(this.jdbc, trust.organisationId());

		var requested = read(supplier.api.post(version + "/environments/" + NIR + "/production",
				"{\"commissionId\":\"" + commissionId + "\"}"));
		assertThat(requested.get("status").asString()).as(requested.toString()).isEqualTo("REQUESTED");
		assertThat(requested.get("endUserOrganisationName").asString()).isEqualTo("Riverside NHS Trust");
		var accessId = UUID.fromString(requested.get("id").asString());

		this.accesses.recommend(supplier.approver, accessId, 0);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.accesses.grant(supplier.approver, accessId, 1))
			.withMessage("You recommended this access, so a different approver must grant it (four eyes)");
		assertThat(this.commissioning.find(commissionId).orElseThrow().state()).isEqualTo(CommissionState.GO);
		var secondApprover = Staff.grant(this.jdbc, People.activeAccount(this.mvc), NIR, "APPROVER");
		assertThat(this.accesses.grant(secondApprover, accessId, 1).status()).isEqualTo(AccessStatus.GRANTED);
		assertThat(this.commissioning.find(commissionId).orElseThrow().state()).as("live in the same transaction")
			.isEqualTo(CommissionState.LIVE);
		assertThat(new Visitor(this.mvc).page("/register")).contains("Riverside NHS Trust", "Gated PACS 4.2");
	}

	private static String commission(UUID organisationId, UUID commissionId) {
		return "/api/v1/organisations/" + organisationId + "/commissions/" + commissionId;
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

	private static List<String> texts(JsonNode array) {
		var texts = new java.util.ArrayList<String>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

}
