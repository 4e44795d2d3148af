package digital.onboarding.commissioning;

import java.time.LocalDate;
import java.util.UUID;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.review.ReviewManagement;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.AuditLog;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Journey 10: an end user organisation commissions a supplier's certified NIR product
 * version with its HCID; the supplier accepts; both record INT test runs; the
 * organisation signs INT off and decides go; production access takes it live and onto the
 * register. Each step is checked against roles, sides, states and versions.
 */
@ServiceTest
class CommissioningTests {

	private static final String NIR = "national-imaging-registry";

	private static final String HCID = "urn:oid:2.16.840.1.113883.2.1.4.7";

	private static Parties.Certified certified;

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

	@BeforeEach
	void certifiedSupplier() {
		synchronized (CommissioningTests.class) {
			if (certified == null) {
				certified = Parties.Certified.make(this.mvc, this.jdbc, this.json, this.reviews, this.catalogue,
						"Commissioned Imaging Ltd", "Commissioned PACS");
			}
		}
	}

	@Test
	void aCommissionGoesFromCommissionedToLiveAndOntoTheRegister() {
		var trust = Parties.EndUser.register(this.mvc, "Northfield Hospitals NHS Trust");
		var supplier = certified.supplier();

		var options = read(trust.api().get("/api/v1/organisations/" + trust.organisationId() + "/commissionable"));
		assertThat(options.findValuesAsString("certificateId")).contains(certified.certificateId());

		var created = commission(trust, "URN:OID:2.16.840.1.113883.2.1.4.7");
		assertThat(created.getResponse().getStatus()).as(Visitor.text(created)).isEqualTo(201);
		var commission = read(created);
		var id = UUID.fromString(commission.get("id").asString());
		assertThat(commission.get("hcid").asString()).as("stored with its prefix in lower case").isEqualTo(HCID);
		assertThat(commission.get("state").asString()).isEqualTo("COMMISSIONED");
		assertThat(commission.get("supplierOrganisationName").asString()).isEqualTo("Commissioned Imaging Ltd");
		assertThat(commission.get("versionNumber").asString()).isEqualTo("4.2");
		assertThat(status(commission(trust, HCID))).as("the same commission sent twice").isEqualTo(201);
		assertThat(this.commissioning.ofEndUserOrganisation(trust.organisationId())).hasSize(1);
		assertThat(noticesAbout(id)).as("the supplier is told")
			.contains("Northfield Hospitals NHS Trust commissioned " + "Commissioned PACS 4.2");

		// The supplier sees who commissioned which version, on its product's page and in
		// the API.
		var ofProduct = read(supplier.api.get(supplier.products() + "/" + certified.productId() + "/commissions"));
		assertThat(ofProduct.findValuesAsString("id")).contains(id.toString());
		assertThat(supplier.owner
			.page("/organisations/" + supplier.organisationId + "/products/" + certified.productId() + "/commissions"))
			.contains("Northfield Hospitals NHS Trust");
		assertThat(this.commissioning.ofSupplierProductVersion(supplier.organisationId, certified.versionId(), NIR))
			.extracting(Commission::id)
			.contains(id);

		var accepted = supplier.api.post(path(supplier.organisationId, id) + "/acceptance", "{\"version\":0}");
		assertThat(read(accepted).get("state").asString()).isEqualTo("ACCEPTED");
		var again = supplier.api.post(path(supplier.organisationId, id) + "/acceptance", "{\"version\":0}");
		assertThat(status(again)).as("a double submit").isEqualTo(409);
		assertThat(this.commissioning.find(id).orElseThrow().version()).as("changed nothing").isEqualTo(1);

		var failed = supplier.api.post(path(supplier.organisationId, id) + "/runs", run(1, "FAILED", null));
		assertThat(status(failed)).as(Visitor.text(failed)).isEqualTo(201);
		var evidenceId = read(
				EvidenceUploads.upload(trust.api(), trust.organisationId(), "int-report.pdf", Samples.pdf()))
			.get("id")
			.asString();
		var passed = trust.api().post(path(trust.organisationId(), id) + "/runs", run(2, "PASSED", evidenceId));
		assertThat(status(passed)).as(Visitor.text(passed)).isEqualTo(201);
		assertThat(read(passed).get("evidenceFilename").asString()).isEqualTo("int-report.pdf");

		var signedOff = trust.api().post(path(trust.organisationId(), id) + "/int-sign-off", "{\"version\":3}");
		assertThat(read(signedOff).get("state").asString()).isEqualTo("INT_SIGNED_OFF");
		var go = trust.api().post(path(trust.organisationId(), id) + "/decision", "{\"version\":4,\"go\":true}");
		assertThat(read(go).get("state").asString()).isEqualTo("GO");
		assertThat(register()).doesNotContain("Northfield Hospitals NHS Trust");

		var live = this.commissioning.goLive(id, supplier.approver);
		assertThat(live.state()).isEqualTo(CommissionState.LIVE);
		assertThat(live.liveAt()).isNotNull();
		assertThat(this.commissioning.goLive(id, supplier.approver)).as("called twice").isEqualTo(live);
		assertThat(this.commissioning.live()).extracting(Commission::id).contains(id);

		var register = register();
		assertThat(register).contains("Northfield Hospitals NHS Trust").contains("Commissioned PACS 4.2");
		var liveOnNir = read(new Visitor(this.mvc).get("/api/v1/register")).get("liveServices")
			.valueStream()
			.filter(api -> api.get("apiId").asString().equals(NIR))
			.findFirst()
			.orElseThrow();
		assertThat(liveOnNir.get("services").findValuesAsString("organisation"))
			.contains("Northfield Hospitals NHS Trust");
		assertThat(liveOnNir.get("services").findValuesAsString("liveOn"))
			.contains(LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());

		var detail = read(trust.api().get(path(trust.organisationId(), id)));
		assertThat(detail.get("runs")).hasSize(2);
		assertThat(detail.get("timeline").findValuesAsString("what")).hasSize(7);
		assertThat(AuditLog.about(this.jdbc, "commission", id)).extracting(AuditLog.Event::action)
			.containsExactly("commission.commissioned", "commission.accepted", "commission.test-run-recorded",
					"commission.test-run-recorded", "commission.int-signed-off", "commission.go", "commission.live");
		assertThat(noticesAbout(id)).as("the other side is told of each step")
			.contains("Commissioned Imaging Ltd accepted your commission",
					"Commissioned Imaging Ltd recorded an INT test run",
					"Northfield Hospitals NHS Trust recorded an INT test run",
					"Northfield Hospitals NHS Trust signed INT testing off",
					"Northfield Hospitals NHS Trust decided go");

		var page = trust.owner().page("/organisations/" + trust.organisationId() + "/commissions/" + id);
		assertThat(page).contains("Live").contains(HCID).contains("int-report.pdf");
		assertThat(trust.owner().page("/organisations/" + trust.organisationId() + "/commissions"))
			.contains("Commissioned Imaging Ltd");
	}

	@Test
	void eachBadHcidIsRefusedWithItsOwnMessageInTheApiAndOnThePage() {
		var trust = Parties.EndUser.register(this.mvc, "Westbrook Community Trust");
		var refused = commission(trust, "2.16.840.1");
		assertThat(status(refused)).isEqualTo(400);
		assertThat(read(refused).get("errors").get("hcid").asString())
			.isEqualTo("The HCID must start with urn:oid:, like urn:oid:2.16.840.1.113883.2.1.4.1");

		var bad = new java.util.LinkedHashMap<String, String>();
		bad.put("2.16.840.1", "The HCID must start with urn:oid:, like urn:oid:2.16.840.1.113883.2.1.4.1");
		bad.put("urn:oid:5.1", "The OID's first arc must be 0, 1 or 2");
		bad.put("urn:oid:1.40.1", "The OID's second arc must be 39 or less when its first arc is 0 or 1");
		bad.put("urn:oid:2.16.0840", "An arc of the OID must not start with 0, as 0840 does");
		bad.put("urn:oid:2.1..3", "The OID must not have an empty arc: put a number between each pair of dots, "
				+ "and none at the start or end");
		bad.put("urn:oid:2.1.x", "The OID after urn:oid: must contain only digits and dots");
		bad.put("urn:oid:2." + "1".repeat(55), "The HCID must be 64 characters or fewer");
		bad.put("", "Enter your organisation's HCID");
		bad.forEach((hcid, message) -> {
			var problem = read(commission(trust, hcid));
			assertThat(problem.get("status").asInt()).as(hcid).isEqualTo(400);
			assertThat(problem.get("detail").asString()).as(hcid).isEqualTo(message);
			var page = Visitor.text(trust.owner()
				.post("/organisations/" + trust.organisationId() + "/commissions/new", "choice",
						certified.versionId() + ":" + NIR, "hcid", hcid));
			assertThat(page).as(hcid)
				.contains("There is a problem")
				.contains("href=\"#hcid\"")
				.contains("id=\"hcid-error\"")
				.contains(message.replace("'", "&#39;"));
		});
		assertThat(this.commissioning.ofEndUserOrganisation(trust.organisationId())).as("nothing saved").isEmpty();

		var made = trust.owner()
			.post("/organisations/" + trust.organisationId() + "/commissions/new", "choice",
					certified.versionId() + ":" + NIR, "hcid", "urn:oid:1.39.1");
		assertThat(made.getResponse().getRedirectedUrl())
			.startsWith("/organisations/" + trust.organisationId() + "/commissions/");
		assertThat(this.commissioning.ofEndUserOrganisation(trust.organisationId())).extracting(Commission::hcid)
			.containsExactly("urn:oid:1.39.1");
	}

	@Test
	void onlyOwnersAndAdminsOfAnEndUserOrganisationCommission() {
		var trust = Parties.EndUser.register(this.mvc, "Eastgate Health Board");
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, trust.organisationId(), viewerEmail, "VIEWER");
		var viewer = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, viewerEmail), trust.organisationId()));
		assertThat(status(viewer.post(trust.commissions(), body(HCID)))).isEqualTo(403);

		var supplier = certified.supplier();
		var bySupplier = supplier.api.post("/api/v1/organisations/" + supplier.organisationId + "/commissions",
				body(HCID));
		assertThat(status(bySupplier)).isEqualTo(403);
		assertThat(read(bySupplier).get("detail").asString())
			.isEqualTo("Only an end user organisation can commission a product");
		assertThat(status(supplier.owner.get("/organisations/" + supplier.organisationId + "/commissions/new")))
			.isEqualTo(403);

		var outsider = Parties.EndUser.register(this.mvc, "Outside Trust");
		assertThat(status(outsider.api().post(trust.commissions(), body(HCID)))).isEqualTo(404);
	}

	@Test
	void theWrongSupplierCannotAcceptOrSeeItAndAViewerCannotAct() {
		var trust = Parties.EndUser.register(this.mvc, "Southmoor Imaging Network");
		var id = id(commission(trust, HCID));
		var other = new digital.onboarding.certification.TechnicalApproval(this.mvc, this.jdbc, this.json, this.reviews,
				this.catalogue, "Rival Imaging Ltd");
		assertThat(status(other.api.post(path(other.organisationId, id) + "/acceptance", "{\"version\":0}")))
			.isEqualTo(404);
		assertThat(status(other.api.get(path(other.organisationId, id)))).isEqualTo(404);
		assertThat(read(other.api.get("/api/v1/organisations/" + other.organisationId + "/commissions"))).isEmpty();
		var stranger = Parties.EndUser.register(this.mvc, "Another Trust");
		assertThat(status(stranger.api().get(path(stranger.organisationId(), id)))).isEqualTo(404);
		assertThat(read(stranger.api().get(stranger.commissions()))).isEmpty();

		var supplier = certified.supplier();
		var viewerEmail = People.activeAccount(this.mvc);
		Members.join(this.jdbc, supplier.organisationId, viewerEmail, "VIEWER");
		var viewer = new ApiClient(this.mvc,
				Organisations.token(People.signedIn(this.mvc, viewerEmail), supplier.organisationId));
		assertThat(status(viewer.get(path(supplier.organisationId, id)))).as("a viewer reads").isEqualTo(200);
		assertThat(status(viewer.post(path(supplier.organisationId, id) + "/acceptance", "{\"version\":0}")))
			.isEqualTo(403);

		// The end user organisation cannot answer its own commission for the supplier.
		var own = trust.api().post(path(trust.organisationId(), id) + "/acceptance", "{\"version\":0}");
		assertThat(status(own)).isEqualTo(403);
		assertThat(this.commissioning.find(id).orElseThrow().state()).isEqualTo(CommissionState.COMMISSIONED);
	}

	@Test
	void intSignOffNeedsAPassedRunAndNoGoNeedsAReason() {
		var trust = Parties.EndUser.register(this.mvc, "Riverside Diagnostics Trust");
		var id = id(commission(trust, HCID));
		var supplier = certified.supplier();
		supplier.api.post(path(supplier.organisationId, id) + "/acceptance", "{\"version\":0}");

		var tooSoon = trust.api().post(path(trust.organisationId(), id) + "/int-sign-off", "{\"version\":1}");
		assertThat(status(tooSoon)).isEqualTo(409);
		assertThat(read(tooSoon).get("detail").asString())
			.isEqualTo("Record a test run that passed before you sign INT testing off");
		trust.api().post(path(trust.organisationId(), id) + "/runs", run(1, "PARTLY_PASSED", null));
		assertThat(status(trust.api().post(path(trust.organisationId(), id) + "/int-sign-off", "{\"version\":2}")))
			.as("a partly passed run is not enough")
			.isEqualTo(409);
		var future = trust.api().post(path(trust.organisationId(), id) + "/runs", """
				{"version":2,"startedOn":"%s","endedOn":"%s","outcome":"PASSED"}
				""".formatted(LocalDate.now(), LocalDate.now().plusDays(3)));
		assertThat(read(future).get("errors").get("endedOn").asString())
			.isEqualTo("The end date must be today or in the past");
		trust.api().post(path(trust.organisationId(), id) + "/runs", run(2, "PASSED", null));
		assertThat(status(trust.api().post(path(trust.organisationId(), id) + "/int-sign-off", "{\"version\":3}")))
			.isEqualTo(200);
		assertThat(status(supplier.api.post(path(supplier.organisationId, id) + "/runs", run(4, "PASSED", null))))
			.as("no more runs once signed off")
			.isEqualTo(409);

		var noReason = trust.api().post(path(trust.organisationId(), id) + "/decision", "{\"version\":4,\"go\":false}");
		assertThat(status(noReason)).isEqualTo(400);
		assertThat(read(noReason).get("errors").get("reason").asString()).isEqualTo("Enter why you decided no-go");
		assertThat(this.commissioning.find(id).orElseThrow().state()).isEqualTo(CommissionState.INT_SIGNED_OFF);
		var noGo = trust.api()
			.post(path(trust.organisationId(), id) + "/decision",
					"{\"version\":4,\"go\":false,\"reason\":\"Images load too slowly on ward PCs\"}");
		assertThat(read(noGo).get("state").asString()).isEqualTo("NO_GO");
		assertThat(read(trust.api().get(path(trust.organisationId(), id))).get("noGoReason").asString())
			.isEqualTo("Images load too slowly on ward PCs");

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.commissioning.goLive(id, supplier.approver))
			.withMessageContaining("only after the end user organisation decided go");
	}

	@Test
	void goLiveIsRefusedUnlessGoAndEndingNeedsAReason() {
		var trust = Parties.EndUser.register(this.mvc, "Hillcrest Imaging Trust");
		var id = id(commission(trust, HCID));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.commissioning.goLive(id, certified.supplier().approver));
		assertThat(this.commissioning.find(id).orElseThrow().state()).isEqualTo(CommissionState.COMMISSIONED);

		var unexplained = trust.api().post(path(trust.organisationId(), id) + "/end", "{\"version\":0}");
		assertThat(read(unexplained).get("errors").get("reason").asString())
			.isEqualTo("Enter why you end the commission");
		var ended = trust.api()
			.post(path(trust.organisationId(), id) + "/end",
					"{\"version\":0,\"reason\":\"We chose another supplier\"}");
		assertThat(read(ended).get("state").asString()).isEqualTo("ENDED");
		assertThat(noticesAbout(id)).contains("Hillcrest Imaging Trust ended its commission");
		assertThat(status(commission(trust, HCID))).as("commissioned afresh once ended").isEqualTo(201);
	}

	@Test
	void evidenceMustBeTheRecordingOrganisationsOwnAndTheEndDateInTheFuture() {
		var trust = Parties.EndUser.register(this.mvc, "Lakeside Health Trust");
		var past = trust.api().post(trust.commissions(), """
				{"productVersionId":"%s","apiId":"%s","hcid":"%s","endsOn":"%s"}
				""".formatted(certified.versionId(), NIR, HCID, LocalDate.now().minusDays(1)));
		assertThat(read(past).get("errors").get("endsOn").asString()).isEqualTo("The end date must be in the future");
		var id = id(trust.api().post(trust.commissions(), """
				{"productVersionId":"%s","apiId":"%s","hcid":"%s","endsOn":"%s"}
				""".formatted(certified.versionId(), NIR, HCID, LocalDate.now().plusYears(1))));
		assertThat(this.commissioning.endingOnOrBefore(LocalDate.now().plusYears(1))).extracting(Commission::id)
			.contains(id);
		assertThat(this.commissioning.endingOnOrBefore(LocalDate.now().plusMonths(11))).extracting(Commission::id)
			.doesNotContain(id);

		var supplier = certified.supplier();
		supplier.api.post(path(supplier.organisationId, id) + "/acceptance", "{\"version\":0}");
		var trustsFile = read(EvidenceUploads.upload(trust.api(), trust.organisationId(), "trust.pdf", Samples.pdf()))
			.get("id")
			.asString();
		var borrowed = supplier.api.post(path(supplier.organisationId, id) + "/runs", run(1, "PASSED", trustsFile));
		assertThat(status(borrowed)).isEqualTo(400);
		assertThat(read(borrowed).get("errors").get("evidence").asString())
			.isEqualTo("The evidence must be a file your organisation uploaded");
		assertThat(this.commissioning.find(id).orElseThrow().version()).as("nothing saved").isEqualTo(1);
	}

	@Test
	void aCommissionWhoseEndDatePassedIsEndedOnce() {
		var trust = Parties.EndUser.register(this.mvc, "Brookside Trust");
		var id = id(trust.api().post(trust.commissions(), """
				{"productVersionId":"%s","apiId":"%s","hcid":"%s","endsOn":"%s"}
				""".formatted(certified.versionId(), NIR, HCID, LocalDate.now().plusDays(10))));
		this.commissioning.endLapsed();
		assertThat(this.commissioning.find(id).orElseThrow().state()).as("not yet")
			.isEqualTo(CommissionState.COMMISSIONED);

		// Its last day was yesterday.
		this.jdbc.sql("update commissions set ends_on = current_date - 1 where id = ?").param(id).update();
		this.commissioning.endLapsed();
		assertThat(this.commissioning.find(id).orElseThrow().state()).isEqualTo(CommissionState.ENDED);
		var told = noticesAbout(id).stream().filter(subject -> subject.endsWith(" ended")).count();
		assertThat(told).as("both sides told").isGreaterThanOrEqualTo(2);
		this.commissioning.endLapsed();
		assertThat(AuditLog.about(this.jdbc, "commission", id)).extracting(AuditLog.Event::action)
			.as("ended once")
			.containsExactly("commission.commissioned", "commission.ended");
		assertThat(noticesAbout(id).stream().filter(subject -> subject.endsWith(" ended")).count()).isEqualTo(told);
	}

	@Test
	void aProductVersionWithoutACertificateCannotBeCommissioned() {
		var trust = Parties.EndUser.register(this.mvc, "Meadow Trust");
		var refused = trust.api().post(trust.commissions(), """
				{"productVersionId":"%s","apiId":"%s","hcid":"%s"}
				""".formatted(UUID.randomUUID(), NIR, HCID));
		assertThat(status(refused)).isEqualTo(400);
		assertThat(read(refused).get("errors").get("choice").asString())
			.isEqualTo("Select a product version that holds a valid certificate for the API");
	}

	private MvcResult commission(Parties.EndUser trust, String hcid) {
		return trust.api().post(trust.commissions(), body(hcid));
	}

	private static String body(String hcid) {
		return """
				{"productVersionId":"%s","apiId":"%s","hcid":"%s"}
				""".formatted(certified.versionId(), NIR, hcid);
	}

	private static String run(int version, String outcome, String evidenceId) {
		var today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		return """
				{"version":%d,"startedOn":"%s","endedOn":"%s","outcome":"%s","evidenceId":%s,"notes":"Run %d"}
				""".formatted(version, today.minusDays(2), today.minusDays(1), outcome,
				evidenceId == null ? "null" : "\"" + evidenceId + "\"", version);
	}

	private static String path(UUID organisationId, UUID commissionId) {
		return "/api/v1/organisations/" + organisationId + "/commissions/" + commissionId;
	}

	private UUID id(MvcResult created) {
		assertThat(status(created)).as(Visitor.text(created)).isEqualTo(201);
		return UUID.fromString(read(created).get("id").asString());
	}

	private String register() {
		return new Visitor(this.mvc).page("/register");
	}

	private java.util.List<String> noticesAbout(UUID commissionId) {
		return this.jdbc.sql("select subject from notifications where path like ? order by created_at")
			.param("%/commissions/" + commissionId)
			.query(String.class)
			.list();
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
