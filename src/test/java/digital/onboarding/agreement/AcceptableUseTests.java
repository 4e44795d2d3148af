package digital.onboarding.agreement;

import java.util.UUID;

import digital.onboarding.platform.Sha256;
import digital.onboarding.support.Administrators;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end user organisation's acceptable use policy works as the connection agreement
 * does: issued to its legal signatory, accepted once through the emailed link with who,
 * when, where and what recorded, and asked for again when a new version is published;
 * suppliers, viewers and other organisations cannot issue it.
 */
@ServiceTest
class AcceptableUseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AcceptableUseManagement policies;

	private Visitor owner;

	private UUID organisationId;

	private ApiClient api;

	private String path;

	private String signatory;

	private UUID signatoryContactId;

	@BeforeEach
	void anEndUserOrganisationWithALegalSignatory() {
		this.owner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		this.organisationId = Organisations.registerEndUserOrganisation(this.owner, "Riverside Hospitals NHS Trust");
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisationId));
		this.path = "/api/v1/organisations/" + this.organisationId + "/acceptable-use-policy";
		this.signatory = People.uniqueEmail("aup-signatory");
		var contact = read(this.api.post("/api/v1/organisations/" + this.organisationId + "/contacts",
				"{\"kind\":\"LEGAL_SIGNATORY\",\"name\":\"Ada Lovelace\",\"jobTitle\":\"Chief Executive\","
						+ "\"email\":\"" + this.signatory + "\"}"));
		this.signatoryContactId = UUID.fromString(contact.get("id").asString());
	}

	@Test
	void theSignatoryAcceptsOnceThroughTheLinkAndWhoWhenWhereAndWhatAreRecorded() {
		var page = this.owner.page("/organisations/" + this.organisationId + "/acceptable-use-policy");
		assertThat(page).contains("Not yet accepted", "Ada Lovelace, Chief Executive", "Send the policy");
		var refused = Visitor.text(this.owner.post("/organisations/" + this.organisationId + "/acceptable-use-policy"));
		assertThat(refused).contains("There is a problem", "Select the legal signatory to send the policy to");
		assertThat(standing().get("policies")).isEmpty();

		var sent = this.owner.post("/organisations/" + this.organisationId + "/acceptable-use-policy", "signatory",
				this.signatoryContactId.toString());
		assertThat(sent.getResponse().getRedirectedUrl())
			.isEqualTo("/organisations/" + this.organisationId + "/acceptable-use-policy");
		var link = Mailbox.awaitMessageTo(this.signatory, "Accept the acceptable use policy")
			.linkPath("/acceptable-use/");
		var signatoryVisitor = new Visitor(this.mvc, "198.51.100.91");
		// Other tests publish newer versions: the page shows whichever is current.
		assertThat(signatoryVisitor.page(link)).contains("Accept the acceptable use policy",
				"Riverside Hospitals NHS Trust", "Version " + this.policies.texts().get(0).version());

		var bad = Visitor.text(signatoryVisitor.post(link, "fullName", "", "role", "Chief Executive"));
		assertThat(bad)
			.contains("Enter your full name", "Confirm that you may accept this policy for your organisation")
			.doesNotContain("accept this agreement");
		assertThat(this.policies.inForce(this.organisationId)).isFalse();

		signatoryVisitor.post(link, "fullName", "Ada Lovelace", "role", "Chief Executive", "declaration", "true");
		assertThat(this.policies.inForce(this.organisationId)).isTrue();
		var policy = standing().get("policies").get(0);
		assertThat(policy.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(policy.get("acceptedName").asString()).isEqualTo("Ada Lovelace");
		assertThat(policy.get("textSha256").asString()).isEqualTo(Sha256.hex(policy.get("text").asString()));
		var recorded = this.jdbc
			.sql("select accepted_from || ' ' || accepted_sha256 from acceptable_use_policies where id = ?")
			.param(UUID.fromString(policy.get("id").asString()))
			.query(String.class)
			.single();
		assertThat(recorded).isEqualTo("198.51.100.91 " + policy.get("textSha256").asString());

		assertThat(Visitor
			.text(new Visitor(this.mvc).post(link, "fullName", "Mallory", "role", "Intruder", "declaration", "true")))
			.contains("This policy has already been accepted");
		var copy = Mailbox.awaitMessageTo(this.signatory, "You accepted the acceptable use policy")
			.linkPath("/acceptable-use/copies/");
		var pdf = new Visitor(this.mvc).get(copy).getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
		assertThat(AuditLog.about(this.jdbc, "acceptable-use", policy.get("id").asString()))
			.extracting(AuditLog.Event::action)
			.containsExactly("acceptable-use.issued", "acceptable-use.accepted");
		assertThat(this.api.post(this.path, issueRequest()).getResponse().getStatus())
			.as("the current version is accepted already")
			.isEqualTo(409);
	}

	@Test
	void sendingAgainOrToAnotherSignatoryWithdrawsTheEarlierLink() {
		assertThat(this.api.post(this.path, issueRequest()).getResponse().getStatus()).isEqualTo(201);
		var first = Mailbox.awaitMessageTo(this.signatory, "Accept the acceptable use policy")
			.linkPath("/acceptable-use/");
		assertThat(this.api.post(this.path + "/link", "").getResponse().getStatus()).isEqualTo(204);
		var messages = Mailbox.awaitMessagesTo(this.signatory, 2);
		var second = messages.get(1).linkPath("/acceptable-use/");
		assertThat(second).isNotEqualTo(first);
		assertThat(new Visitor(this.mvc).page(first)).contains("This link does not work");
		assertThat(new Visitor(this.mvc).page(second)).contains("Accept the acceptable use policy");
	}

	@Test
	void aNewVersionIsIssuedAgainAndTheOldOneStaysInForceUntilItIsAccepted() {
		this.api.post(this.path, issueRequest());
		accept(Mailbox.awaitMessageTo(this.signatory, "Accept the acceptable use policy").linkPath("/acceptable-use/"));

		var email = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, email);
		var administrator = People.signedIn(this.mvc, email);
		assertThat(Visitor.text(administrator.post("/admin/acceptable-use-policy", "text", " ")))
			.contains("There is a problem", "Enter the policy&#39;s text");
		var published = administrator.post("/admin/acceptable-use-policy", "text", "1. Use it well.\r\n2. Tell us.");
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/admin/acceptable-use-policy");
		var current = this.policies.texts().get(0);
		assertThat(current.text()).isEqualTo("1. Use it well.\n2. Tell us.");

		var standing = standing();
		assertThat(standing.get("inForce").asBoolean()).isTrue();
		assertThat(standing.get("policies").get(0).get("state").asString()).isEqualTo("ISSUED");
		assertThat(standing.get("policies").get(0).get("version").asInt()).isEqualTo(current.version());
		assertThat(standing.get("policies").get(1).get("state").asString()).isEqualTo("ACTIVE");
		assertThat(this.owner.page("/organisations/" + this.organisationId + "/acceptable-use-policy"))
			.contains("Re-acceptance due");

		var asked = Mailbox.awaitMessagesTo(this.signatory, 3)
			.stream()
			.filter(message -> message.subject().startsWith("Accept the acceptable use policy"))
			.toList();
		assertThat(asked).hasSize(2);
		accept(asked.get(1).linkPath("/acceptable-use/"));
		standing = standing();
		assertThat(standing.get("policies").get(0).get("state").asString()).isEqualTo("ACTIVE");
		assertThat(standing.get("policies").get(1).get("state").asString()).isEqualTo("SUPERSEDED");
		assertThat(this.policies.inForce(this.organisationId)).isTrue();
	}

	@Test
	void aNewVersionReplacesOneStillWaitingSoNobodyAcceptsAnOutOfDateVersion() {
		this.api.post(this.path, issueRequest());
		var olderLink = Mailbox.awaitMessageTo(this.signatory, "Accept the acceptable use policy")
			.linkPath("/acceptable-use/");

		var email = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, email);
		People.signedIn(this.mvc, email).post("/admin/acceptable-use-policy", "text", "1. Use it with care.");
		var current = this.policies.texts().get(0);

		assertThat(new Visitor(this.mvc).page(olderLink)).contains("This link does not work");
		var asked = Mailbox.awaitMessagesTo(this.signatory, 2)
			.stream()
			.filter(message -> message.subject().startsWith("Accept the acceptable use policy"))
			.toList();
		assertThat(asked).hasSize(2);
		accept(asked.get(1).linkPath("/acceptable-use/"));
		var accepted = standing().get("policies").get(0);
		assertThat(accepted.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(accepted.get("version").asInt()).isEqualTo(current.version());
	}

	@Test
	void suppliersViewersAndOtherOrganisationsCannotIssueIt() {
		var supplierOwner = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		var supplierId = Organisations.register(supplierOwner, "Lumen Health Ltd");
		var supplierApi = new ApiClient(this.mvc, Organisations.token(supplierOwner, supplierId));
		assertThat(supplierOwner.page("/organisations/" + supplierId + "/acceptable-use-policy"))
			.contains("Only end user organisations accept the acceptable use policy");
		var supplierPath = "/api/v1/organisations/" + supplierId + "/acceptable-use-policy";
		assertThat(supplierApi.post(supplierPath, issueRequest()).getResponse().getStatus()).isEqualTo(409);

		assertThat(supplierApi.get(this.path).getResponse().getStatus()).as("another organisation's").isEqualTo(404);
		assertThat(supplierApi.post(this.path, issueRequest()).getResponse().getStatus()).isEqualTo(404);
		assertThat(supplierOwner.get("/organisations/" + this.organisationId + "/acceptable-use-policy")
			.getResponse()
			.getStatus()).isEqualTo(404);

		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, this.organisationId, viewerEmail, "VIEWER");
		var viewer = People.signedIn(this.mvc, viewerEmail);
		assertThat(viewer.page("/organisations/" + this.organisationId + "/acceptable-use-policy"))
			.contains("Acceptable use policy")
			.doesNotContain("Send the policy");
		assertThat(viewer
			.post("/organisations/" + this.organisationId + "/acceptable-use-policy", "signatory",
					this.signatoryContactId.toString())
			.getResponse()
			.getStatus()).isEqualTo(403);
		var viewerApi = new ApiClient(this.mvc, Organisations.token(viewer, this.organisationId));
		assertThat(viewerApi.post(this.path, issueRequest()).getResponse().getStatus()).isEqualTo(403);
		assertThat(viewerApi.get(this.path).getResponse().getStatus()).isEqualTo(200);
		assertThat(standing().get("policies")).isEmpty();
	}

	private void accept(String link) {
		new Visitor(this.mvc).post(link, "fullName", "Ada Lovelace", "role", "Chief Executive", "declaration", "true");
	}

	private String issueRequest() {
		return "{\"signatoryContactId\":\"" + this.signatoryContactId + "\"}";
	}

	private JsonNode standing() {
		return read(this.api.get(this.path));
	}

	private JsonNode read(MvcResult result) {
		try {
			return this.json.readTree(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
