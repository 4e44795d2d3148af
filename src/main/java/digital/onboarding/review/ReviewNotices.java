package digital.onboarding.review;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.account.Person;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.OrganisationRecipients;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;

import org.springframework.stereotype.Component;

/**
 * Who is told what as a review goes along: staff of a submission, approvers of a
 * recommendation, the organisation of comments and decisions, the reviewer of replies.
 * Each notice links straight to the page it is about.
 */
@Component
class ReviewNotices {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Notifications notifications;

	private final StaffRoles staffRoles;

	private final OrganisationRecipients organisations;

	ReviewNotices(Notifications notifications, StaffRoles staffRoles, OrganisationRecipients organisations) {
		this.notifications = notifications;
		this.staffRoles = staffRoles;
		this.organisations = organisations;
	}

	void submitted(Review review) {
		var subject = (review.revisionNumber() > 1 ? "Resubmitted for review: " : "Submitted for review: ")
				+ review.sectionTitle() + " from " + review.organisationName();
		toStaff(review, ReviewAccess.REVIEWING, null, Topic.SUBMISSION, subject,
				review.organisationName() + " (" + review.odsCode() + ") submitted " + about(review)
						+ ". It is due for a decision by " + DATE.format(review.dueOn()) + ".");
	}

	void recommended(Review review) {
		toStaff(review, Set.of(StaffRole.APPROVER), review.recommendedBy(), Topic.SUBMISSION,
				"Awaiting your approval: " + review.sectionTitle() + " from " + review.organisationName(),
				"A reviewer recommends: " + review.recommendation().label() + reason(review.recommendationReason())
						+ "\n\nThe section is " + about(review) + ".");
	}

	void decided(Review review) {
		toOrganisation(review, Topic.DECISION, review.sectionTitle() + " was " + review.outcome().pastTense(),
				"The review team " + review.outcome().pastTense() + " " + about(review) + reason(review.reason()));
	}

	void commented(Review review) {
		toOrganisation(review, Topic.COMMENT, "New comment on " + review.sectionTitle(),
				"The review team commented on " + about(review) + ". Read it and reply on the section's page.");
	}

	void replied(Review review) {
		var subject = "Reply from " + review.organisationName() + " on " + review.sectionTitle();
		var body = review.organisationName() + " replied to a comment on " + about(review) + ".";
		if (review.assigneeId() == null) {
			toStaff(review, Set.of(StaffRole.REVIEWER), null, Topic.REPLY, subject, body);
			return;
		}
		var assignee = this.staffRoles.holders(review.apiIds(), ReviewAccess.REVIEWING)
			.stream()
			.filter(person -> person.id().equals(review.assigneeId()))
			.toList();
		send(assignee, Topic.REPLY, subject, body, review.reviewPath());
	}

	/** One message to a member of staff listing the reviews past their target. */
	void overdue(Person person, List<Review> overdue) {
		var lines = new StringBuilder();
		overdue.stream()
			.limit(50)
			.forEach(review -> lines.append("- ")
				.append(review.sectionTitle())
				.append(" from ")
				.append(review.organisationName())
				.append(", due ")
				.append(DATE.format(review.dueOn()))
				.append('\n'));
		if (overdue.size() > 50) {
			lines.append("- and ").append(overdue.size() - 50).append(" more\n");
		}
		var count = overdue.size() == 1 ? "1 review is" : overdue.size() + " reviews are";
		send(List.of(person), Topic.OVERDUE, count + " past the turnaround target",
				"These reviews for your APIs are past their turnaround target:\n\n" + lines, "/review?age=overdue");
	}

	private void toStaff(Review review, Set<StaffRole> roles, UUID except, Topic topic, String subject, String body) {
		var people = this.staffRoles.holders(review.apiIds(), roles)
			.stream()
			.filter(person -> !person.id().equals(except))
			.toList();
		send(people, topic, subject, body, review.reviewPath());
	}

	private void send(List<Person> people, Topic topic, String subject, String body, String path) {
		this.notifications.sendAll(people.stream()
			.map(person -> new Notice(person.id(), person.email(), topic, subject, body, path))
			.toList());
	}

	private void toOrganisation(Review review, Topic topic, String subject, String body) {
		this.notifications.sendAll(this.organisations.ofApplications(review.organisationId())
			.stream()
			.map(recipient -> new Notice(recipient.accountId(), recipient.email(), topic, subject, body,
					review.applicantPath()))
			.toList());
	}

	private static String about(Review review) {
		return "\"" + review.sectionTitle() + "\" (revision " + review.revisionNumber() + ") of " + review.productName()
				+ " version " + review.versionNumber() + " for " + String.join(", ", review.apiIds());
	}

	private static String reason(String reason) {
		return reason == null ? "." : ", giving this reason:\n\n" + reason;
	}

}
