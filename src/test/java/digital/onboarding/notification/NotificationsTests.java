package digital.onboarding.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import digital.onboarding.platform.ServiceProperties;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Mailbox.Received;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices sent by other modules: listed for their person, emailed at once or in the daily
 * summary, and emailed only to people without an account.
 */
@ServiceTest
class NotificationsTests {

	private static final String NIR_PAGE = "/apis/national-imaging-registry";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	DailyDigest dailyDigest;

	@Autowired
	ServiceProperties service;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aNoticeIsListedForItsPersonAndEmailedWithALinkThatOpensItsPage() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);

		send(new Notice(accountId, email, Topic.DECISION, "Your eligibility section was accepted",
				"The reviewer accepted your answers.", NIR_PAGE));

		var received = nextEmailTo(email);
		assertThat(received.subject()).isEqualTo("Your eligibility section was accepted");
		assertThat(received.body()).startsWith("The reviewer accepted your answers.")
			.contains("Open it in the service: " + this.service.link(NIR_PAGE))
			.doesNotContain("Dear");
		assertThat(this.service.link(NIR_PAGE)).startsWith("http");
		var visitor = People.signedIn(this.mvc, email);
		assertThat(visitor.get(received.linkPath(NIR_PAGE)).getResponse().getStatus()).isEqualTo(200);

		assertThat(visitor.page("/notifications")).contains("Your eligibility section was accepted")
			.contains("href=\"" + NIR_PAGE + "\"");
	}

	@Test
	void commentsAndRepliesWaitForTheDailySummaryOfThoseWhoChoseItWhileOtherNoticesGoAtOnce() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		this.notifications.chooseCommentDelivery(accountId, CommentDelivery.DAILY_DIGEST);

		send(new Notice(accountId, email, Topic.COMMENT, "A reviewer commented", "", "/comment"));
		send(new Notice(accountId, email, Topic.REPLY, "A reviewer replied", "", "/reply"));
		send(new Notice(accountId, email, Topic.DECISION, "A decision was made", "", "/decision"));
		send(new Notice(accountId, email, Topic.SUBMISSION, "A section was submitted", "", "/submission"));

		assertThat(queuedSubjects(email)).as("queued in the same transaction")
			.containsExactlyInAnyOrder("A decision was made", "A section was submitted");
		assertThat(Mailbox.awaitMessagesTo(email, 3)).extracting(Received::subject)
			.contains("A decision was made", "A section was submitted");
		assertThat(this.notifications.list(accountId, null).notifications()).extracting(Notification::subject)
			.as("all four are listed")
			.containsExactlyInAnyOrder("A reviewer commented", "A reviewer replied", "A decision was made",
					"A section was submitted");
	}

	@Test
	void commentsAreEmailedAtOnceToThoseWhoDidNotChooseTheDailySummary() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		assertThat(this.notifications.commentDelivery(accountId)).isEqualTo(CommentDelivery.IMMEDIATE);

		send(new Notice(accountId, email, Topic.COMMENT, "A reviewer commented", "On question 3.", "/comment"));

		var received = nextEmailTo(email);
		assertThat(received.subject()).isEqualTo("A reviewer commented");
		assertThat(received.body()).as("says how to get them once a day instead")
			.contains(this.service.link("/notifications/settings"));
	}

	@Test
	void theDailySummaryEmailsEveryHeldCommentWithItsLinkOnceAndOnlyOnce() throws Exception {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		this.notifications.chooseCommentDelivery(accountId, CommentDelivery.DAILY_DIGEST);
		send(new Notice(accountId, email, Topic.COMMENT, "Comment on the eligibility section", "", "/review/one"));
		send(new Notice(accountId, email, Topic.REPLY, "Reply about your DSPT status", "", "/review/two"));

		this.dailyDigest.sendDigests();

		var summary = nextEmailTo(email);
		assertThat(summary.subject()).isEqualTo("Your daily summary: 2 comments and replies");
		assertThat(summary.body()).containsSubsequence("Comment on the eligibility section",
				this.service.link("/review/one"), "Reply about your DSPT status", this.service.link("/review/two"));
		assertThat(summary.linkPath("/review/two")).isEqualTo("/review/two");
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'notifications-daily-digest'")
			.query(Integer.class)
			.single()).as("the run took the job's lock").isOne();

		this.dailyDigest.sendDigests();
		Thread.sleep(500);
		assertThat(queuedSubjects(email)).as("nothing more queued")
			.containsExactly("Your daily summary: 2 comments and replies");
		assertThat(Mailbox.messagesTo(email)).as("activation and one summary").hasSize(2);
	}

	@Test
	void aPersonWithoutAnAccountIsEmailedAndNothingIsListed() {
		var contact = People.uniqueEmail("contact");

		send(new Notice(null, contact, Topic.OVERDUE, "Your connection agreement is overdue",
				"It was due to be signed on 1 December 2026.", "/agreements/1"));

		var received = Mailbox.awaitMessageTo(contact);
		assertThat(received.subject()).isEqualTo("Your connection agreement is overdue");
		assertThat(received.body()).contains("Open it in the service: " + this.service.link("/agreements/1"))
			.contains("your email address was given as a contact");
		assertThat(this.jdbc.sql("select count(*) from notifications where email = ?")
			.param(contact)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void sendingToManyTellsEachPersonOnceAboutEachPage() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		var contact = People.uniqueEmail("contact");

		var notices = new ArrayList<Notice>();
		notices.add(new Notice(accountId, email, Topic.SUBMISSION, "First about page one", "", "/one"));
		notices.add(new Notice(accountId, email, Topic.SUBMISSION, "Again about page one", "", "/one"));
		notices.add(new Notice(null, email.toUpperCase(), Topic.SUBMISSION, "By address about page one", "", "/one"));
		notices.add(new Notice(accountId, email, Topic.SUBMISSION, "About page two", "", "/two"));
		notices.add(new Notice(null, contact, Topic.SUBMISSION, "To the contact about page one", "", "/one"));
		this.transactions.executeWithoutResult(status -> this.notifications.sendAll(notices));

		assertThat(this.notifications.list(accountId, null).notifications()).extracting(Notification::subject)
			.containsExactlyInAnyOrder("First about page one", "About page two");
		assertThat(queuedSubjects(email)).containsExactlyInAnyOrder("First about page one", "About page two");
		assertThat(queuedSubjects(contact)).containsExactly("To the contact about page one");
	}

	@Test
	void aNoticeCanOnlyBeSentAsPartOfAChange() {
		var notice = new Notice(null, "someone@example.org", Topic.DECISION, "Decision", "", "/decision");
		assertThatThrownBy(() -> this.notifications.send(notice)).isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> this.notifications.sendAll(List.of(notice)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aNoticeLinksOnlyToAPageOfThisService() {
		for (var path : List.of("https://elsewhere.example", "//elsewhere.example", "/\\elsewhere.example", "reviews",
				"/with space", "")) {
			assertThatIllegalArgumentException().as(path)
				.isThrownBy(() -> new Notice(null, "someone@example.org", Topic.DECISION, "Decision", "", path));
		}
		assertThatIllegalArgumentException().as("a subject is one header line")
			.isThrownBy(() -> new Notice(null, "someone@example.org", Topic.DECISION, "Decision\nBcc: x@example.org",
					"", "/decision"));
	}

	private void send(Notice notice) {
		this.transactions.executeWithoutResult(status -> this.notifications.send(notice));
	}

	/**
	 * The subjects of the emails queued for an address, leaving out the account's own
	 * (such as "Activate your … account").
	 */
	private List<String> queuedSubjects(String recipient) {
		return this.jdbc
			.sql("select subject from emails where lower(recipient) = lower(?) and subject not like '%account'")
			.param(recipient)
			.query(String.class)
			.list();
	}

	/** The email after the account's activation email. */
	private static Received nextEmailTo(String email) {
		return Mailbox.awaitMessagesTo(email, 2).get(1);
	}

	private UUID accountId(String email) {
		return this.jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
	}

}
