package digital.onboarding.radar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;

import digital.onboarding.support.Administrators;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.EligibilityAnswers;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Staff;
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
 * The radar run for explicit days, as the daily job runs it for today: each warning goes
 * once, at 90, 30 and 7 days and on the day; a lapsed DSPT pauses the organisation's
 * applications until a newer publication is recorded.
 */
@ServiceTest
class ExpiryRadarTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ExpiryRadar radar;

	private String ownerEmail;

	private Visitor owner;

	private UUID organisation;

	private ApiClient api;

	@BeforeEach
	void supplier() {
		this.ownerEmail = People.activeAccount(this.mvc);
		this.owner = People.signedIn(this.mvc, this.ownerEmail);
		this.organisation = Organisations.register(this.owner, "Lumen Imaging Ltd");
		this.api = new ApiClient(this.mvc, Organisations.token(this.owner, this.organisation));
	}

	@Test
	void warnsAt90And30And7DaysAndOnTheDayEachOnce() {
		var published = TODAY.minusDays(10);
		recordDspt("standards-met", published);
		var ends = published.plusMonths(12);

		assertThat(this.radar.run(ends.minusDays(91), this.organisation)).as("too early").isZero();
		assertThat(this.radar.run(ends.minusDays(90), this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends.minusDays(90), this.organisation)).as("run twice the same day").isZero();
		assertThat(this.radar.run(ends.minusDays(89), this.organisation)).as("the next day").isZero();
		assertThat(this.radar.run(ends.minusDays(30), this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends.minusDays(29), this.organisation)).isZero();
		assertThat(this.radar.run(ends.minusDays(7), this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends.minusDays(7), this.organisation)).isZero();
		assertThat(this.radar.run(ends, this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends, this.organisation)).isZero();
		assertThat(this.radar.run(ends.plusDays(1), this.organisation)).isZero();

		assertThat(warningsSent()).containsExactly("WITHIN_90_DAYS", "WITHIN_30_DAYS", "WITHIN_7_DAYS", "LAPSED");
		assertThat(expiryNotificationsTo(this.ownerEmail)).containsExactly(
				"DSPT publication ends in 90 days: DSPT Standards Met, published " + DAY.format(published),
				"DSPT publication ends in 30 days: DSPT Standards Met, published " + DAY.format(published),
				"DSPT publication ends in 7 days: DSPT Standards Met, published " + DAY.format(published),
				"DSPT publication has lapsed: DSPT Standards Met, published " + DAY.format(published));
		var email = Mailbox.awaitMessageTo(this.ownerEmail, "DSPT publication ends in 90 days");
		assertThat(email.body()).contains("ends on").contains("paused");
	}

	@Test
	void afterAGapOnlyTheMostUrgentWarningReachedIsSent() {
		var published = TODAY.minusDays(10);
		recordDspt("standards-exceeded", published);
		var ends = published.plusMonths(12);

		assertThat(this.radar.run(ends.minusDays(60), this.organisation)).isEqualTo(1);
		// Down from 60 days before until 5 days before: the 30 day warning is not sent
		// late.
		assertThat(this.radar.run(ends.minusDays(5), this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends.minusDays(4), this.organisation)).isZero();

		assertThat(warningsSent()).containsExactly("WITHIN_90_DAYS", "WITHIN_7_DAYS");
	}

	@Test
	void twoNodesRunningAtOnceSendEachWarningOnce() throws Exception {
		var published = TODAY.minusDays(10);
		recordDspt("standards-met", published);
		var day = published.plusMonths(12).minusDays(30);

		var nodes = Executors.newFixedThreadPool(2);
		try {
			var first = nodes.submit(() -> this.radar.run(day, this.organisation));
			var second = nodes.submit(() -> this.radar.run(day, this.organisation));
			assertThat(first.get() + second.get()).isEqualTo(1);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(warningsSent()).containsExactly("WITHIN_30_DAYS");
		assertThat(expiryNotificationsTo(this.ownerEmail)).hasSize(1);
	}

	@Test
	void theRelevantContactIsWarnedToo() {
		this.api.post("/api/v1/organisations/" + this.organisation + "/contacts",
				"{\"kind\":\"IG_LEAD\",\"name\":\"Ida Grant\",\"jobTitle\":\"IG lead\",\"email\":\"ida.lumen@example.org\"}");
		var published = TODAY.minusDays(10);
		recordDspt("standards-met", published);

		this.radar.run(published.plusMonths(12).minusDays(7), this.organisation);

		assertThat(Mailbox.awaitMessageTo("ida.lumen@example.org", "DSPT publication ends in 7 days").body())
			.contains("DSPT Standards Met");
	}

	@Test
	void aLapsedDsptPausesTheApplicationsUntilANewerPublicationIsRecorded() {
		var applications = productUsingTheRegistry();
		var published = TODAY.minusDays(400);
		recordDspt("standards-met", published);
		var ends = published.plusMonths(12);

		assertThat(this.radar.run(ends, this.organisation)).isEqualTo(1);
		assertThat(this.radar.run(ends.plusDays(1), this.organisation)).as("the lapse happens once").isZero();

		var paused = read(this.api.get(applications));
		assertThat(paused.get("apis").get(0).get("openFindings").findValuesAsString("ruleId"))
			.containsExactly("R-dspt-lapsed");
		var eligibility = applications + "/national-imaging-registry/sections/eligibility-organisation";
		var answers = "{\"version\":0,\"answers\":" + EligibilityAnswers.organisation("Lumen Imaging Ltd") + "}";
		var refused = this.api.put(eligibility, answers);
		assertThat(refused.getResponse().getStatus()).as("a pause stops the whole application").isEqualTo(409);
		assertThat(Visitor.text(refused)).contains("paused");
		assertThat(this.jdbc.sql("select action from audit_events where organisation_id = ? order by seq")
			.param(this.organisation)
			.query(String.class)
			.list()).contains("applications.paused");

		recordDspt("standards-met", TODAY.minusDays(3));

		assertThat(read(this.api.get(applications)).get("apis").get(0).get("openFindings").findValuesAsString("ruleId"))
			.doesNotContain("R-dspt-lapsed");
		var saved = this.api.put(eligibility, answers);
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
		var submitted = this.api.post(eligibility + "/submission", "{\"version\":1}");
		assertThat(submitted.getResponse().getStatus()).as(Visitor.text(submitted)).isEqualTo(200);
		assertThat(this.radar.run(TODAY.minusDays(3).plusMonths(12).minusDays(90), this.organisation))
			.as("the renewal warns afresh")
			.isEqualTo(1);
	}

	@Test
	void aStatusOfLapsedPausesAtOnceAndNeverResumes() {
		var applications = productUsingTheRegistry();
		var published = TODAY.minusDays(400);
		recordDspt("standards-met", published);
		this.radar.run(published.plusMonths(12), this.organisation);
		assertThat(openRules(applications)).containsExactly("R-dspt-lapsed");

		recordDspt("lapsed", TODAY.minusDays(3));
		assertThat(openRules(applications)).as("a recent date with a status of lapsed does not count")
			.containsExactly("R-dspt-lapsed");

		recordDspt("standards-met", TODAY.minusDays(2));
		assertThat(openRules(applications)).doesNotContain("R-dspt-lapsed");

		recordDspt("lapsed", TODAY.minusDays(2));
		assertThat(openRules(applications)).as("paused without waiting for the end date")
			.containsExactly("R-dspt-lapsed");
	}

	@Test
	void anApplicationOpenedWhileTheDsptIsLapsedIsPausedToo() {
		var published = TODAY.minusDays(400);
		recordDspt("standards-met", published);
		this.radar.run(published.plusMonths(12), this.organisation);

		var applications = productUsingTheRegistry();

		assertThat(openRules(applications)).as("the radar acted on the lapse before this application was opened")
			.containsExactly("R-dspt-lapsed");
		assertThat(
				read(this.api.get(applications)).get("apis").get(0).get("openFindings").findValuesAsString("message"))
			.containsExactly(
					"Your organisation's DSPT publication stopped counting on " + DAY.format(published.plusMonths(12))
							+ ". Record a newer publication on your organisation's page " + "to carry on.");
		recordDspt("standards-met", TODAY.minusDays(1));
		assertThat(openRules(applications)).doesNotContain("R-dspt-lapsed");
	}

	private List<String> openRules(String applications) {
		return read(this.api.get(applications)).get("apis").get(0).get("openFindings").findValuesAsString("ruleId");
	}

	@Test
	void theDsptPrefillsTheProgrammesQuestions() {
		var applications = productUsingTheRegistry();
		var published = TODAY.minusMonths(2);
		recordDspt("standards-exceeded", published);

		var governance = read(this.api.get(applications + "/national-imaging-registry/sections/governance"));

		assertThat(governance.get("answers").get("dspt-status").asString()).isEqualTo("standards-exceeded");
		assertThat(governance.get("answers").get("dspt-published").asString()).isEqualTo(published.toString());
	}

	@Test
	void theOrganisationSeesItsOwnRadarInThePageAndTheApi() {
		var published = TODAY.minusDays(300);
		recordDspt("standards-met", published);

		var page = this.owner.page("/organisations/" + this.organisation + "/expiries");
		assertThat(page).contains("DSPT Standards Met, published " + DAY.format(published)).contains("90 days or less");
		assertThat(this.owner.page("/organisations/" + this.organisation + "/expiries?kind=certificate"))
			.doesNotContain("DSPT Standards Met");

		var items = read(this.api.get("/api/v1/organisations/" + this.organisation + "/expiries"));
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("kind").asString()).isEqualTo("dspt");
		assertThat(items.get(0).get("endsOn").asString()).isEqualTo(published.plusMonths(12).toString());
		assertThat(items.get(0).get("urgency").asString()).isEqualTo("WITHIN_90_DAYS");

		var unknownKind = this.api.get("/api/v1/organisations/" + this.organisation + "/expiries?kind=passport");
		assertThat(unknownKind.getResponse().getStatus()).isEqualTo(400);
		assertThat(Visitor.text(unknownKind)).contains("The radar has no kind passport: use one of dspt");
		assertThat(this.owner.get("/organisations/" + this.organisation + "/expiries?kind=passport")
			.getResponse()
			.getStatus()).isEqualTo(400);

		var outsider = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		Organisations.register(outsider, "Nosy Ltd");
		assertThat(outsider.get("/organisations/" + this.organisation + "/expiries").getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theDsptFormRefusesIncompleteOrImpossibleDetailsAndSavesNothing() {
		var form = "/organisations/" + this.organisation + "/dspt";
		assertThat(this.owner.page(form)).contains("Current DSPT status").contains("Standards Exceeded");

		var empty = Visitor.text(this.owner.post(form, "day", "", "month", "", "year", "", "version", "0"));
		assertThat(empty).contains("There is a problem")
			.contains("Select your organisation&#39;s DSPT status")
			.contains("Enter the date your DSPT status was published");
		var future = TODAY.plusDays(3);
		assertThat(Visitor.text(this.owner.post(form, "status", "STANDARDS_MET", "day", "" + future.getDayOfMonth(),
				"month", "" + future.getMonthValue(), "year", "" + future.getYear(), "version", "0")))
			.contains("must be today or in the past");
		assertThat(Visitor.text(this.owner.post(form, "status", "STANDARDS_MET", "day", "31", "month", "2", "year",
				"2026", "version", "0")))
			.contains("must be a real date");
		assertThat(read(this.api.get("/api/v1/organisations/" + this.organisation)).get("dsptStatus").isNull())
			.as("nothing saved")
			.isTrue();

		var published = TODAY.minusDays(20);
		var saved = this.owner.post(form, "status", "STANDARDS_MET", "day", "" + published.getDayOfMonth(), "month",
				"" + published.getMonthValue(), "year", "" + published.getYear(), "version", "0");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + this.organisation);
		assertThat(this.owner.page("/organisations/" + this.organisation)).contains("Standards Met, published");
		var organisation = read(this.api.get("/api/v1/organisations/" + this.organisation));
		assertThat(organisation.get("dsptStatus").asString()).isEqualTo("standards-met");
		assertThat(organisation.get("dsptPublished").asString()).isEqualTo(published.toString());

		var stale = Visitor.text(this.owner.post(form, "status", "STANDARDS_EXCEEDED", "day", "1", "month", "1", "year",
				"2026", "version", "0"));
		assertThat(stale).contains("Someone else changed these details");
		assertThat(this.jdbc.sql(
				"select count(*) from audit_events where action = 'organisation.dspt-recorded' and organisation_id = ?")
			.param(this.organisation)
			.query(Integer.class)
			.single()).isEqualTo(1);
		var badStatus = this.api.put("/api/v1/organisations/" + this.organisation + "/dspt",
				"{\"status\":\"excellent\",\"published\":\"2026-01-01\",\"version\":1}");
		assertThat(badStatus.getResponse().getStatus()).isEqualTo(400);
		assertThat(Visitor.text(badStatus)).contains("standards-met");
	}

	@Test
	void staffSeeWhatConcernsTheirApisApplicantsAndAdministratorsEverything() {
		productUsingTheRegistry();
		recordDspt("standards-met", TODAY.minusDays(30));
		var bystanderEmail = People.activeAccount(this.mvc);
		var bystander = People.signedIn(this.mvc, bystanderEmail);
		var elsewhere = Organisations.register(bystander, "Quiet Harbour Ltd");
		var elsewhereApi = new ApiClient(this.mvc, Organisations.token(bystander, elsewhere));
		elsewhereApi.put("/api/v1/organisations/" + elsewhere + "/dspt",
				"{\"status\":\"standards-met\",\"published\":\"" + TODAY.minusDays(30) + "\",\"version\":0}");

		var reviewerEmail = People.activeAccount(this.mvc);
		Staff.grant(this.jdbc, reviewerEmail, "national-imaging-registry", "REVIEWER");
		var reviewerPage = People.signedIn(this.mvc, reviewerEmail).page("/review/expiries");
		assertThat(reviewerPage).contains("Lumen Imaging Ltd").doesNotContain("Quiet Harbour Ltd");

		var administratorEmail = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, administratorEmail);
		var administratorPage = People.signedIn(this.mvc, administratorEmail).page("/review/expiries?kind=dspt");
		assertThat(administratorPage).contains("Lumen Imaging Ltd").contains("Quiet Harbour Ltd");

		assertThat(bystander.get("/review/expiries").getResponse().getStatus()).as("not staff").isEqualTo(404);
	}

	private String productUsingTheRegistry() {
		var products = "/api/v1/organisations/" + this.organisation + "/products";
		var product = read(this.api.post(products, "{\"name\":\"Lumen PACS\",\"version\":\"4.0\"}"));
		var productId = product.get("id").asString();
		var versionId = product.get("versions").get(0).get("id").asString();
		var chosen = this.api.put(products + "/" + productId + "/versions/" + versionId + "/apis",
				"{\"apiIds\":[\"national-imaging-registry\"]}");
		assertThat(chosen.getResponse().getStatus()).isEqualTo(200);
		return products + "/" + productId + "/versions/" + versionId + "/applications";
	}

	private void recordDspt(String status, LocalDate published) {
		var version = read(this.api.get("/api/v1/organisations/" + this.organisation)).get("version").asInt();
		var saved = this.api.put("/api/v1/organisations/" + this.organisation + "/dspt",
				"{\"status\":\"" + status + "\",\"published\":\"" + published + "\",\"version\":" + version + "}");
		assertThat(saved.getResponse().getStatus()).as(Visitor.text(saved)).isEqualTo(200);
	}

	private List<String> warningsSent() {
		return this.jdbc.sql("select urgency from expiry_warnings where organisation_id = ? order by sent_on")
			.param(this.organisation)
			.query(String.class)
			.list();
	}

	private List<String> expiryNotificationsTo(String email) {
		return this.jdbc.sql("""
				select n.subject from notifications n join accounts a on a.id = n.account_id
				where a.email = ? and n.topic = 'EXPIRY' order by n.created_at, n.subject
				""").param(email).query(String.class).list();
	}

	private JsonNode read(MvcResult result) {
		return this.json.readTree(Visitor.text(result));
	}

}
