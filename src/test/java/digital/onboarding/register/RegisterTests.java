package digital.onboarding.register;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.certification.TechnicalApproval;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 11: the public register lists, per API, the products holding a valid
 * certificate; suspended and revoked ones leave it at once. Live services: see
 * CommissioningTests.
 */
@ServiceTest
class RegisterTests {

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
	CertificateManagement certificates;

	@Test
	void productsWithAValidCertificateAreOnTheRegisterUntilSuspendedOrRevoked() {
		var supplier = new TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
				"Register Imaging Ltd");
		var ids = supplier.newProduct("Register PACS", "2.1");
		supplier.approveUpToTechnical(ids[0], ids[1], "2.1", "provider");
		var id = supplier.awaitCertificate(ids[1]);

		var anyone = new Visitor(this.mvc);
		var page = anyone.page("/register");
		assertThat(page).contains("Public register")
			.contains("National Imaging Registry")
			.contains("Register Imaging Ltd")
			.contains("Register PACS")
			.contains(id)
			.contains("Live end user organisation services");
		var listed = listed(id);
		assertThat(listed).isNotNull();
		assertThat(listed.get("organisation").asString()).isEqualTo("Register Imaging Ltd");
		assertThat(listed.get("version").asString()).isEqualTo("2.1");
		assertThat(listed.get("connectionType").asString()).isEqualTo("Provider");
		assertThat(listed.get("certificateStatus").asString()).isEqualTo("VALID");
		assertThat(listed.get("issuedOn").asString()).isNotBlank();

		var approver = People.signedIn(this.mvc, supplier.approverEmail);
		approver.post("/review/certificates/" + id + "/status", "action", "suspend", "version", "0", "reason",
				"Under investigation");
		assertThat(listed(id)).as("suspended").isNull();
		assertThat(anyone.page("/register")).doesNotContain(id);
		approver.post("/review/certificates/" + id + "/status", "action", "reinstate", "version", "1", "reason",
				"Investigation closed");
		assertThat(listed(id)).as("reinstated").isNotNull();
		approver.post("/review/certificates/" + id + "/status", "action", "revoke", "version", "2", "reason",
				"Withdrawn");
		assertThat(listed(id)).as("revoked").isNull();
		assertThat(anyone.page("/register")).doesNotContain(id);
	}

	@Test
	void theRegisterNeedsNoSignInAndListsLiveServicesPerApi() {
		var register = this.json.readTree(Visitor.text(new Visitor(this.mvc).get("/api/v1/register")));
		assertThat(register.get("apis").findValuesAsString("apiId")).contains("national-imaging-registry");
		assertThat(register.get("liveServices").findValuesAsString("apiId")).contains("national-imaging-registry");
		// Other tests of the shared context may have taken a service live by now.
		var anyLive = register.get("liveServices").findValues("services").stream().anyMatch(list -> !list.isEmpty());
		assertThat(register.get("liveServicesNote").asString())
			.isEqualTo(anyLive ? PublicRegister.LIVE_SERVICES : PublicRegister.NO_LIVE_SERVICES);
	}

	private JsonNode listed(String certificateId) {
		var register = this.json.readTree(Visitor.text(new Visitor(this.mvc).get("/api/v1/register")));
		for (var api : register.get("apis")) {
			for (var product : api.get("products")) {
				if (product.get("certificateId").asString().equals(certificateId)) {
					return product;
				}
			}
		}
		return null;
	}

}
