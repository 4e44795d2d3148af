package digital.onboarding.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import digital.onboarding.notification.CommentDelivery;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notification;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A signed-in person's notifications page, the header link with its unread count, and the
 * notification settings.
 */
@ServiceTest
class NotificationPagesTests {

	private static final Pattern SUBJECT = Pattern.compile("Notice \\d\\d");

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NotificationsLinkAdvice linkAdvice;

	@Test
	void theListShowsNewNotificationsNewestFirstOnceAndTheHeaderCountsThoseUnread() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		var visitor = People.signedIn(this.mvc, email);
		assertThat(visitor.page("/notifications")).contains("<h1>Notifications</h1>")
			.contains("You have no notifications yet.")
			.contains("href=\"/notifications/settings\"");

		send(new Notice(accountId, email, Topic.SUBMISSION, "Older notice", "Sent first.", "/apis"));
		send(new Notice(accountId, email, Topic.DECISION, "Newer notice", "Sent second.", "/apis"));
		assertThat(this.notifications.unreadCount(accountId)).isEqualTo(2);
		assertThat(visitor.page("/notifications/settings")).contains(">Notifications (2)</a>");

		var list = visitor.page("/notifications");
		assertThat(list).containsSubsequence("Newer notice", "Sent second.", "Decision", "Older notice", "Sent first.",
				"Submission");
		assertThat(occurrences(list, "<strong class=\"nhsuk-tag\">New</strong>")).isEqualTo(2);
		assertThat(list).containsPattern("<time datetime=\"[^\"]+\">\\d{1,2} [A-Z][a-z]+ \\d{4} at "
				+ "(\\d{1,2}(:\\d\\d)?(am|pm)|midday|midnight)</time>");
		assertThat(list).as("the header counts after the page marked them read").contains(">Notifications</a>");
		assertThat(this.notifications.unreadCount(accountId)).isZero();

		assertThat(visitor.page("/notifications")).contains("Newer notice").doesNotContain(">New</strong>");
	}

	@Test
	void timesReadTheNhsWay() {
		var created = Instant.parse("2026-11-23T14:05:00Z");
		var listed = ListedNotification
			.of(new Notification(UUID.randomUUID(), Topic.COMMENT, "Subject", "", "/", created, null));
		assertThat(listed.time()).isEqualTo("23 November 2026 at 2:05pm");
		assertThat(listed.datetime()).isEqualTo("2026-11-23T14:05Z");
		assertThat(ListedNotification
			.of(new Notification(UUID.randomUUID(), Topic.COMMENT, "Subject", "", "/",
					Instant.parse("2026-06-01T08:00:00Z"), null))
			.time()).as("summer time").isEqualTo("1 June 2026 at 9am");
		assertThat(ListedNotification.clockTime(12, 0)).isEqualTo("midday");
		assertThat(ListedNotification.clockTime(0, 0)).isEqualTo("midnight");
		assertThat(ListedNotification.clockTime(0, 30)).isEqualTo("12:30am");
		assertThat(ListedNotification.clockTime(12, 30)).isEqualTo("12:30pm");
	}

	@Test
	void fiftyNotificationsMakeAPageAndOlderOnesFollow() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		// Held for the daily summary, so these many notices send no email.
		this.notifications.chooseCommentDelivery(accountId, CommentDelivery.DAILY_DIGEST);
		var notices = IntStream.rangeClosed(1, 51)
			.mapToObj(i -> new Notice(accountId, email, Topic.COMMENT, "Notice %02d".formatted(i), "", "/apis/" + i))
			.toList();
		this.transactions.executeWithoutResult(status -> this.notifications.sendAll(notices));
		var visitor = People.signedIn(this.mvc, email);

		var first = visitor.page("/notifications");
		var olderLink = Pattern.compile("href=\"(/notifications\\?olderThan=[0-9a-f-]+)\">Older notifications</a>")
			.matcher(first);
		assertThat(olderLink.find()).as("a link to older notifications").isTrue();
		assertThat(first).doesNotContain("Newest notifications");
		var second = visitor.page(olderLink.group(1));
		assertThat(second).contains("Newest notifications").doesNotContain("Older notifications");

		assertThat(subjects(first)).hasSize(50);
		assertThat(subjects(second)).hasSize(1);
		assertThat(Stream.concat(subjects(first).stream(), subjects(second).stream()).toList()).as("every notice once")
			.doesNotHaveDuplicates()
			.hasSize(51);
		assertThat(this.notifications.unreadCount(accountId)).isZero();
	}

	@Test
	void aPersonSeesOnlyTheirOwnNotifications() {
		var ownerEmail = People.activeAccount(this.mvc);
		var owner = accountId(ownerEmail);
		send(new Notice(owner, ownerEmail, Topic.DECISION, "For the owner only", "", "/apis"));
		var ownNotification = this.notifications.list(owner, null).notifications().get(0).id();
		var other = People.signedIn(this.mvc, People.activeAccount(this.mvc));

		assertThat(other.page("/notifications")).doesNotContain("For the owner only")
			.contains("You have no notifications yet.")
			.contains(">Notifications</a>");
		assertThat(other.page("/notifications?olderThan=" + ownNotification)).doesNotContain("For the owner only")
			.contains("There are no older notifications.");
		assertThat(this.notifications.unreadCount(owner)).as("still unread").isOne();
	}

	@Test
	void signedOutVisitorsHaveNoNotificationsLinkAndArePointedToSignIn() {
		var visitor = new Visitor(this.mvc);
		assertThat(visitor.page("/apis")).contains("nhsuk-header").doesNotContain("/notifications");
		assertThat(visitor.get("/notifications").getResponse().getRedirectedUrl()).endsWith("/sign-in");
		assertThat(visitor.get("/notifications/settings").getResponse().getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void theHeaderLinkCountsForSignedInPeopleOnlyAndNotOnErrorPages() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		send(new Notice(accountId, email, Topic.DECISION, "Unread", "", "/apis"));
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(new PersonWithId(accountId), null, List.of());

		assertThat(this.linkAdvice.notificationsLink(signedIn, new MockHttpServletRequest()).text())
			.isEqualTo("Notifications (1)");
		var errorPage = new MockHttpServletRequest();
		errorPage.setDispatcherType(DispatcherType.ERROR);
		assertThat(this.linkAdvice.notificationsLink(signedIn, errorPage).text())
			.as("an error page must show even when the database is what failed")
			.isEqualTo("Notifications");
		assertThat(this.linkAdvice.notificationsLink(null, new MockHttpServletRequest())).isNull();
		assertThat(this.linkAdvice.notificationsLink(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), new MockHttpServletRequest()))
			.isNull();
	}

	@Test
	void anErrorPageForASignedInPersonHasTheLink() {
		var email = People.activeAccount(this.mvc);
		send(new Notice(accountId(email), email, Topic.DECISION, "Unread", "", "/apis"));
		var visitor = People.signedIn(this.mvc, email);

		var page = Visitor.text(visitor.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere")));

		assertThat(page).contains("<h1>Page not found</h1>").contains("href=\"/notifications\">Notifications (1)</a>");
	}

	@Test
	void aPersonChoosesADailySummaryForCommentsAndReplies() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		var visitor = People.signedIn(this.mvc, email);
		var settings = visitor.page("/notifications/settings");
		assertThat(settings).contains("<h1>Notification settings</h1>")
			.contains("How should we email you about comments and replies?")
			.contains("Email me about each one as it arrives")
			.contains("Email me a daily summary")
			.contains(">Save</button>")
			.contains("name=\"_csrf\"");
		assertThat(radio(settings, "IMMEDIATE")).as("the default").contains("checked");
		assertThat(radio(settings, "DAILY_DIGEST")).doesNotContain("checked");

		var saved = visitor.post("/notifications/settings", "commentDelivery", "DAILY_DIGEST");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/notifications");
		assertThat(visitor.page("/notifications")).contains("Your notification settings have been saved");
		assertThat(this.notifications.commentDelivery(accountId)).isEqualTo(CommentDelivery.DAILY_DIGEST);
		assertThat(radio(visitor.page("/notifications/settings"), "DAILY_DIGEST")).contains("checked");
	}

	@Test
	void settingsWithoutAKnownChoiceAreExplainedAndChangeNothing() {
		var email = People.activeAccount(this.mvc);
		var accountId = accountId(email);
		var visitor = People.signedIn(this.mvc, email);

		for (var posted : List.of(new String[] {}, new String[] { "commentDelivery", "WEEKLY" },
				new String[] { "commentDelivery", "" })) {
			var result = visitor.post("/notifications/settings", posted);
			var page = Visitor.text(result);
			assertThat(result.getResponse().getRedirectedUrl()).isNull();
			assertThat(page).contains("There is a problem")
				.contains("<a href=\"#commentDelivery\">Select how we should email you about comments and replies</a>")
				.contains("nhsuk-form-group--error")
				.doesNotContain("Failed to convert");
			assertThat(this.notifications.commentDelivery(accountId)).isEqualTo(CommentDelivery.IMMEDIATE);
		}

		var forged = visitor.postWithoutCsrfToken("/notifications/settings", "commentDelivery", "DAILY_DIGEST");
		assertThat(forged.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.notifications.commentDelivery(accountId)).isEqualTo(CommentDelivery.IMMEDIATE);
	}

	private void send(Notice notice) {
		this.transactions.executeWithoutResult(status -> this.notifications.send(notice));
	}

	private UUID accountId(String email) {
		return this.jdbc.sql("select id from accounts where email = ?").param(email).query(UUID.class).single();
	}

	private static List<String> subjects(String page) {
		return SUBJECT.matcher(page).results().map(match -> match.group()).toList();
	}

	/** The radio input with this value, as the page has it. */
	private static String radio(String page, String value) {
		var input = Pattern.compile("<input[^>]*value=\"" + value + "\"[^>]*>").matcher(page);
		assertThat(input.find()).as("a radio for %s", value).isTrue();
		return input.group();
	}

	/** Someone signed in, as the account module's principal looks to this module. */
	public static final class PersonWithId {

		private final UUID id;

		PersonWithId(UUID id) {
			this.id = id;
		}

		public UUID getId() {
			return this.id;
		}

	}

	private static int occurrences(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
