package digital.onboarding.audit;

import java.util.UUID;
import java.util.stream.IntStream;

import digital.onboarding.support.Administrators;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators reading the audit trail at {@code /admin/audit}, downloading it and
 * checking its chain.
 */
@ServiceTest
class AuditTrailPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	private Visitor administrator;

	private UUID administratorId;

	@BeforeEach
	void signInAnAdministrator() {
		var email = People.activeAccount(this.mvc);
		Administrators.appoint(this.jdbc, email);
		this.administrator = People.signedIn(this.mvc, email);
		this.administratorId = this.jdbc.sql("select id from accounts where email = ?")
			.param(email)
			.query(UUID.class)
			.single();
	}

	@Test
	void theTrailShowsTheNewestEventsFirstWithWhoWhereAndFromWhichAddress() {
		var page = this.administrator.page("/admin/audit");

		assertThat(page).contains("<h1>Audit trail</h1>")
			.contains("<label class=\"nhsuk-label\" for=\"organisation\">Organisation ID</label>")
			.contains("<label class=\"nhsuk-label\" for=\"action\">Action starts with</label>")
			.contains("Download as CSV")
			.contains("Check the chain")
			.containsSubsequence("account.signed-in", "account.activated", "account.created")
			.contains(this.administratorId.toString());
	}

	@Test
	void otherPeopleCannotReadTheTrail() {
		var someone = People.signedIn(this.mvc, People.activeAccount(this.mvc));
		assertThat(someone.get("/admin/audit").getResponse().getStatus()).isEqualTo(403);
		assertThat(someone.get("/admin/audit.csv").getResponse().getStatus()).isEqualTo(403);
		assertThat(someone.post("/admin/audit/verification").getResponse().getStatus()).isEqualTo(403);
		assertThat(new Visitor(this.mvc).get("/admin/audit").getResponse().getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void filtersSelectAnOrganisationAndActionsAndOlderEventsAreAPageAway() {
		var organisation = UUID.randomUUID();
		IntStream.rangeClosed(1, 55)
			.forEach(n -> this.trail.record(AuditEntry.of(n == 1 ? "gadget.made" : "widget.made", "widget", n)
				.inOrganisation(organisation)
				.summary("Widget number " + n + ".")));
		var filtered = "/admin/audit?organisation=" + organisation + "&action=widget.";

		var newest = this.administrator.page(filtered);
		assertThat(newest).containsSubsequence("Widget number 55.", "Widget number 54.", "Widget number 6.")
			.doesNotContain("Widget number 5.")
			.doesNotContain("account.signed-in")
			.contains("value=\"" + organisation + "\"")
			.contains("value=\"widget.\"")
			.contains("href=\"/admin/audit.csv?organisation=" + organisation + "&amp;action=widget.\"")
			.contains("Older events");

		var olderLink = newest.replaceAll("(?s).*href=\"([^\"]*before=[0-9]+)\".*", "$1").replace("&amp;", "&");
		var older = this.administrator.page(olderLink);
		assertThat(older).containsSubsequence("Widget number 5.", "Widget number 2.")
			.doesNotContain("Widget number 6.")
			.doesNotContain("Widget number 1.")
			.doesNotContain("Older events")
			.contains("Newest events");
	}

	@Test
	void aMalformedOrganisationIdIsExplainedOnThePageWithNoEvents() {
		var result = this.administrator.get("/admin/audit?organisation=not-an-id&action=account.");

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(Visitor.text(result)).contains("There is a problem")
			.contains("href=\"#organisation\">Enter an organisation ID in the correct format")
			.contains("id=\"organisation-error\"")
			.contains("value=\"not-an-id\"")
			.doesNotContain("<table")
			.doesNotContain("Download as CSV");
		assertThat(this.administrator.page("/admin/audit?organisation=1-1-1-1-1"))
			.contains("Enter an organisation ID in the correct format");
		assertThat(this.administrator.get("/admin/audit.csv?organisation=not-an-id").getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void theDownloadIsACsvAttachmentOfTheFilteredEvents() throws Exception {
		var organisation = UUID.randomUUID();
		this.trail.record(AuditEntry.of("widget.made", "widget", 1).inOrganisation(organisation).summary("=1+1"));
		this.trail.record(AuditEntry.of("widget.changed", "widget", 1).inOrganisation(organisation).summary("two"));

		var result = this.administrator.get("/admin/audit.csv?organisation=" + organisation);

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"audit-trail.csv\"");
		var rows = AuditCsvTests.parse(result.getResponse().getContentAsString());
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).get("summary")).isEqualTo("'=1+1");
		assertThat(rows.get(2).get("action")).isEqualTo("widget.changed");
		assertThat(rows.get(2).get("organisation_id")).isEqualTo(organisation.toString());
	}

	@Test
	void checkingAnIntactChainSaysHowManyEventsWereChecked() {
		var page = Visitor.text(this.administrator.post("/admin/audit/verification"));

		assertThat(page).contains("The audit trail is intact")
			.containsPattern("The audit trail is intact: \\d+ events checked");
	}

	@Test
	void checkingABrokenChainNamesTheFirstBrokenLink() {
		var changed = this.trail.record(AuditEntry.of("widget.made", "widget", 1).summary("original"));
		this.trail.record(AuditEntry.of("widget.made", "widget", 2).summary("later"));

		var page = AuditLog.whileTamperedWith(this.transactions, this.jdbc,
				"update audit_events set summary = 'rewritten' where seq = " + changed.seq(),
				() -> Visitor.text(this.administrator.post("/admin/audit/verification")));

		assertThat(page).contains("<h1>The audit trail is broken</h1>")
			.contains("Event " + changed.seq() + " was changed after it was recorded");
	}

}
