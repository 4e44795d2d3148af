package digital.onboarding.commissioning;

import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.TechnicalApproval;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.Visitor;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sides of a commission in tests: a supplier whose NIR product version holds a
 * certificate, and end user organisations set up through the real pages.
 */
public final class Parties {

	private Parties() {
	}

	/** A supplier with one NIR product version holding a valid certificate. */
	public record Certified(TechnicalApproval supplier, UUID productId, UUID versionId, String certificateId) {

		public static Certified make(MockMvc mvc, JdbcClient jdbc, JsonMapper json, ReviewManagement reviews,
				Catalogue catalogue, String legalName, String productName) {
			var supplier = new TechnicalApproval(mvc, jdbc, json, reviews, catalogue, legalName);
			var ids = supplier.newProduct(productName, "4.2");
			supplier.approveUpToTechnical(ids[0], ids[1], "4.2", "both");
			return new Certified(supplier, ids[0], ids[1], supplier.awaitCertificate(ids[1]));
		}

	}

	/**
	 * An end user organisation with its owner signed in, and an access token of theirs.
	 */
	public record EndUser(String ownerEmail, Visitor owner, UUID organisationId, ApiClient api) {

		public static EndUser register(MockMvc mvc, String legalName) {
			var email = People.activeAccount(mvc);
			var owner = People.signedIn(mvc, email);
			var registered = owner.post("/organisations/new", "legalName", legalName, "odsCode",
					Organisations.uniqueOdsCode(), "kind", "END_USER_ORGANISATION");
			var location = registered.getResponse().getRedirectedUrl();
			assertThat(location).as("registration succeeded").matches("/organisations/[0-9a-f-]{36}/.*");
			var organisationId = UUID.fromString(location.split("/")[2]);
			return new EndUser(email, owner, organisationId,
					new ApiClient(mvc, Organisations.token(owner, organisationId)));
		}

		public String commissions() {
			return "/api/v1/organisations/" + this.organisationId + "/commissions";
		}

	}

}
