package digital.onboarding.certification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.review.Decision;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.EvidenceUploads;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.Samples;
import digital.onboarding.support.Staff;
import digital.onboarding.support.Visitor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supplier taking a product version of the National Imaging Registry through every
 * stage up to and including the technical one, through the JSON API, with the registry's
 * staff deciding each section: the way a certificate comes about.
 */
public final class TechnicalApproval {

	public static final String API = "national-imaging-registry";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ReviewManagement reviews;

	private final Catalogue catalogue;

	public final Visitor owner;

	public final UUID organisationId;

	public final ApiClient api;

	public final String legalName;

	public final UUID reviewer;

	public final UUID approver;

	public final String approverEmail;

	private String evidenceId;

	public TechnicalApproval(MockMvc mvc, JdbcClient jdbc, JsonMapper json, ReviewManagement reviews,
			Catalogue catalogue, String legalName) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.json = json;
		this.reviews = reviews;
		this.catalogue = catalogue;
		this.legalName = legalName;
		this.owner = People.signedIn(mvc, People.activeAccount(mvc));
		this.organisationId = Organisations.register(this.owner, legalName);
		this.api = new ApiClient(mvc, Organisations.token(this.owner, this.organisationId));
		this.reviewer = Staff.grant(jdbc, People.activeAccount(mvc), API, "REVIEWER");
		this.approverEmail = People.activeAccount(mvc);
		this.approver = Staff.grant(jdbc, this.approverEmail, API, "APPROVER");
	}

	public String products() {
		return "/api/v1/organisations/" + this.organisationId + "/products";
	}

	/** A new product with its first version; returns {productId, versionId}. */
	public UUID[] newProduct(String name, String version) {
		var product = read(this.api.post(products(), "{\"name\":\"" + name + "\",\"version\":\"" + version + "\"}"));
		var ids = new UUID[] { UUID.fromString(product.get("id").asString()),
				UUID.fromString(product.get("versions").get(0).get("id").asString()) };
		chooseRegistry(ids[0], ids[1]);
		return ids;
	}

	/** A further significant version of a product; returns its id. */
	public UUID newVersion(UUID productId, String version) {
		var product = read(
				this.api.post(products() + "/" + productId + "/versions", "{\"version\":\"" + version + "\"}"));
		for (var each : product.get("versions")) {
			if (each.get("number").asString().equals(version)) {
				var versionId = UUID.fromString(each.get("id").asString());
				chooseRegistry(productId, versionId);
				return versionId;
			}
		}
		throw new AssertionError("No version " + version);
	}

	/**
	 * Submits and approves every section up to the technical stage, then submits the
	 * technical section, which a reviewer recommends and a second person approves.
	 */
	public void approveUpToTechnical(UUID productId, UUID versionId, String version, String connectionType) {
		var applications = products() + "/" + productId + "/versions/" + versionId + "/applications";
		decide(submit(applications, versionId, "eligibility-organisation",
				EligibilityAnswers.organisation(this.legalName)));
		decide(submit(applications, versionId, "eligibility-product", EligibilityAnswers.product(version)));
		var programme = this.catalogue.programme(API).orElseThrow();
		for (var sectionId : List.of("setup", "governance")) {
			var answers = answersTo(programme.section(sectionId).orElseThrow().questions(), version, connectionType);
			decide(submit(applications, versionId, sectionId, this.json.writeValueAsString(answers)));
		}
		var technical = submit(applications, versionId, "technical-conformance", this.json.writeValueAsString(answersTo(
				programme.section("technical-conformance").orElseThrow().questions(), version, connectionType)));
		this.reviews.recommend(this.reviewer, technical, version(technical), Decision.APPROVE,
				"Meets every requirement");
		this.reviews.decide(this.approver, technical, version(technical), Decision.APPROVE, null);
	}

	/**
	 * The certificate issued for the version, waiting for the listener that issues it.
	 */
	public String awaitCertificate(UUID versionId) {
		var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			var ids = certificatesOf(versionId);
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("No certificate was issued for version " + versionId);
	}

	public List<String> certificatesOf(UUID versionId) {
		return this.jdbc.sql("select id from certificates where product_version_id = ?")
			.param(versionId)
			.query(String.class)
			.list();
	}

	private void chooseRegistry(UUID productId, UUID versionId) {
		var chosen = this.api.put(products() + "/" + productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"" + API + "\"]}");
		assertThat(chosen.getResponse().getStatus()).as(Visitor.text(chosen)).isEqualTo(200);
	}

	private UUID submit(String applications, UUID versionId, String sectionId, String answers) {
		var section = applications + "/" + API + "/sections/" + sectionId;
		var saved = this.api.put(section, "{\"version\":0,\"answers\":" + answers + "}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		var submitted = this.api.post(section + "/submission", "{\"version\":1}");
		assertThat(submitted.getResponse().getStatus()).as(Visitor.text(submitted)).isEqualTo(200);
		return this.jdbc.sql("""
				select r.id from section_revisions r join section_responses s on s.id = r.section_response_id
				where s.product_version_id = ? order by r.submitted_at desc, r.number desc limit 1
				""").param(versionId).query(UUID.class).single();
	}

	private void decide(UUID revision) {
		this.reviews.decide(this.reviewer, revision, version(revision), Decision.APPROVE, null);
	}

	private int version(UUID revision) {
		return this.jdbc.sql("select version from reviews where revision_id = ?")
			.param(revision)
			.query(Integer.class)
			.single();
	}

	/**
	 * A complete answer to every question as a supplier gives it: the first option of a
	 * choice (data processor, DSPT standards exceeded), yes to every yes/no question.
	 */
	private Map<String, Object> answersTo(List<Question> questions, String version, String connectionType) {
		var answers = new LinkedHashMap<String, Object>();
		for (var question : questions) {
			Object answer = switch (question.type()) {
				case TEXT, LONG_TEXT -> "Tested against the integration environment; results attached.";
				case YES_NO -> "yes";
				case SINGLE_CHOICE -> question.options().get(0).value();
				case MULTIPLE_CHOICE -> List.of(question.options().get(0).value());
				case DATE -> LocalDate.now().minusMonths(1).toString();
				case EMAIL -> "team@example.org";
				case PERSON -> Map.of("name", "Ada Lovelace", "role", "Lead", "email", "ada@example.org");
				case ODS_CODE -> "X26";
				case VERSION -> version;
				case URL -> "https://example.org/docs";
				case IP_ADDRESSES -> List.of("10.0.0.0/8");
				case HCID -> "urn:oid:2.16.840.1.113883.2.1.3.2";
				case FILE -> evidence();
				case REPEATABLE_GROUP -> List.of(answersTo(question.questions(), version, connectionType));
				default -> null;
			};
			if (answer != null) {
				answers.put(question.id(), answer);
			}
		}
		if (answers.containsKey("connection-type")) {
			answers.put("connection-type", connectionType);
		}
		return answers;
	}

	private String evidence() {
		if (this.evidenceId == null) {
			this.evidenceId = read(EvidenceUploads.upload(this.api, this.organisationId, "report.pdf", Samples.pdf()))
				.get("id")
				.asString();
		}
		return this.evidenceId;
	}

	JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
