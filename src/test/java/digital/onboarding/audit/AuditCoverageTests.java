package digital.onboarding.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import digital.onboarding.support.Administrators;
import digital.onboarding.support.ApiClient;
import digital.onboarding.support.AuditLog;
import digital.onboarding.support.AuditLog.Event;
import digital.onboarding.support.Mailbox;
import digital.onboarding.support.Members;
import digital.onboarding.support.Organisations;
import digital.onboarding.support.People;
import digital.onboarding.support.ServiceTest;
import digital.onboarding.support.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change people make through the pages and the API is in the audit trail: who made
 * it, in which organisation, to which object, and what changed, in words.
 */
@ServiceTest
class AuditCoverageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void accountsFromSignUpToANewPassword() {
		var email = People.uniqueEmail("grace");
		signUp(new Visitor(this.mvc), email, "Grace", "Hopper");
		Mailbox.awaitMessageTo(email);
		var account = Members.accountId(this.jdbc, email);
		assertRecorded(only(account, "account.created"), "account.created", account, null,
				"Account created; terms of use version");

		signUp(new Visitor(this.mvc), email, "Grace", "Hopper");
		assertRecorded(only(account, "account.activation-link-sent"), "account.activation-link-sent", null, null,
				"Activation link emailed again after another sign-up with this address, valid for 1 hour; "
						+ "earlier links withdrawn");

		var visitor = new Visitor(this.mvc);
		visitor.post(Mailbox.awaitMessagesTo(email, 2).get(1).linkPath("/activate/"));
		assertRecorded(only(account, "account.activated"), "account.activated", account, null,
				"Account activated from the emailed link");

		visitor.post("/password-reset", "email", email);
		assertRecorded(only(account, "account.password-reset-requested"), "account.password-reset-requested", null,
				null, "Password reset link emailed, valid for 1 hour; earlier reset links withdrawn");

		var link = Mailbox.awaitMessagesTo(email, 3).get(2).linkPath("/password-reset/");
		visitor.post(link, "password", "a brand new passphrase", "confirmPassword", "a brand new passphrase");
		assertRecorded(only(account, "account.password-reset"), "account.password-reset", account, null,
				"Password changed through a reset link; every other session signed out");
	}

	@Test
	void registeringAnOrganisationAndItsContacts() {
		var ownerEmail = activeAccount("Ada", "Lovelace");
		var owner = People.signedIn(this.mvc, ownerEmail);
		var ownerId = Members.accountId(this.jdbc, ownerEmail);
		var organisation = Organisations.register(owner, "Audited Health Ltd");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "organisation.registered"), "organisation.registered",
				ownerId, organisation, "Registered Audited Health Ltd (");

		var contacts = "/organisations/" + organisation + "/contacts";
		owner.post(contacts, "kind", "TECHNICAL", "name", "Tim Berners", "jobTitle", "CTO", "email", "tim@example.org");
		var added = AuditLog.last(this.jdbc, organisation, "contact.added");
		assertRecorded(added, "contact.added", ownerId, organisation,
				"Technical contact added: Tim Berners, CTO, tim@example.org");
		assertThat(added.objectType()).isEqualTo("contact");

		owner.post(contacts + "/" + added.objectId(), "name", "Tim Berners-Lee", "jobTitle", "CTO", "email",
				"timbl@example.org", "version", "0");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "contact.changed"), "contact.changed", ownerId,
				organisation,
				"Technical contact Tim Berners: name changed from \"Tim Berners\" to \"Tim Berners-Lee\"; "
						+ "email changed from \"tim@example.org\" to \"timbl@example.org\"");

		owner.post(contacts + "/" + added.objectId() + "/remove");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "contact.removed"), "contact.removed", ownerId,
				organisation, "Technical contact Tim Berners-Lee (timbl@example.org) removed");
	}

	@Test
	void invitationsRolesHandoverRemovalAndLeaving() {
		var adaEmail = activeAccount("Ada", "Lovelace");
		var ada = People.signedIn(this.mvc, adaEmail);
		var adaId = Members.accountId(this.jdbc, adaEmail);
		var organisation = Organisations.register(ada, "Members Audited Ltd");
		var members = "/organisations/" + organisation + "/members";

		var graceEmail = activeAccount("Grace", "Hopper");
		var graceId = Members.accountId(this.jdbc, graceEmail);
		ada.post(members + "/invite", "email", graceEmail, "role", "VIEWER");
		var first = AuditLog.last(this.jdbc, organisation, "organisation.member-invited");
		assertRecorded(first, "organisation.member-invited", adaId, organisation,
				"Invited " + graceEmail + " as Viewer; the link is valid for 7 days");
		ada.post(members + "/invite", "email", graceEmail, "role", "ADMIN");
		var replaced = AuditLog.last(this.jdbc, organisation, "organisation.invitation-withdrawn");
		assertRecorded(replaced, "organisation.invitation-withdrawn", adaId, organisation,
				"Invitation to " + graceEmail + " as Viewer withdrawn: replaced by a newer invitation");
		assertThat(replaced.objectId()).isEqualTo(first.objectId());

		var grace = People.signedIn(this.mvc, graceEmail);
		var invitedAsAdmin = Mailbox.awaitMessagesTo(graceEmail, 3)
			.stream()
			.filter(message -> message.body().contains("as an admin"))
			.findFirst()
			.orElseThrow();
		grace.post(invitedAsAdmin.linkPath("/invitations/"));
		assertRecorded(AuditLog.last(this.jdbc, organisation, "organisation.member-joined"),
				"organisation.member-joined", graceId, organisation,
				"Grace Hopper accepted the invitation and joined as Admin");

		var nobody = People.uniqueEmail("nobody");
		ada.post(members + "/invite", "email", nobody, "role", "VIEWER");
		var invitation = AuditLog.last(this.jdbc, organisation, "organisation.member-invited").objectId();
		ada.post(members + "/invitations/" + invitation + "/withdraw");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "organisation.invitation-withdrawn"),
				"organisation.invitation-withdrawn", adaId, organisation,
				"Invitation to " + nobody + " as Viewer withdrawn");

		ada.post(members + "/" + graceId + "/role", "role", "VIEWER");
		var changed = AuditLog.last(this.jdbc, organisation, "organisation.member-role-changed");
		assertRecorded(changed, "organisation.member-role-changed", adaId, organisation,
				"Role of Grace Hopper changed from Admin to Viewer");
		assertThat(changed.objectType()).isEqualTo("account");
		assertThat(changed.objectId()).isEqualTo(graceId.toString());

		ada.post(members + "/handover", "accountId", graceId.toString());
		var handedOver = AuditLog.last(this.jdbc, organisation, "organisation.ownership-handed-over");
		assertRecorded(handedOver, "organisation.ownership-handed-over", adaId, organisation,
				"Ownership handed over from Ada Lovelace to Grace Hopper; role of Grace Hopper changed from Viewer "
						+ "to Owner");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "organisation.member-role-changed"),
				"organisation.member-role-changed", adaId, organisation,
				"Role of Ada Lovelace changed from Owner to Admin on handing over ownership to Grace Hopper");

		Organisations.token(ada, organisation);
		grace.post(members + "/" + adaId + "/remove");
		var removed = AuditLog.last(this.jdbc, organisation, "organisation.member-removed");
		assertRecorded(removed, "organisation.member-removed", graceId, organisation,
				"Ada Lovelace (Admin) removed; their access token for the organisation revoked");
		assertThat(removed.objectId()).isEqualTo(adaId.toString());

		var alanEmail = activeAccount("Alan", "Turing");
		Members.join(this.jdbc, organisation, alanEmail, "VIEWER");
		var alanId = Members.accountId(this.jdbc, alanEmail);
		People.signedIn(this.mvc, alanEmail).post(members + "/" + alanId + "/remove");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "organisation.member-left"), "organisation.member-left",
				alanId, organisation, "Alan Turing (Viewer) left");
	}

	@Test
	void accessTokensCreatedAndRevokedOnce() {
		var ownerEmail = activeAccount("Ada", "Lovelace");
		var owner = People.signedIn(this.mvc, ownerEmail);
		var ownerId = Members.accountId(this.jdbc, ownerEmail);
		var organisation = Organisations.register(owner, "Tokens Audited Ltd");

		Organisations.token(owner, organisation);
		var created = AuditLog.last(this.jdbc, organisation, "access-token.created");
		assertRecorded(created, "access-token.created", ownerId, organisation, "Token \"Test pipeline\" created");

		var revoke = "/organisations/" + organisation + "/tokens/" + created.objectId() + "/revoke";
		owner.post(revoke);
		owner.post(revoke);
		assertRecorded(only(created.objectId(), "access-token.revoked"), "access-token.revoked", ownerId, organisation,
				"Token \"Test pipeline\" revoked");
	}

	@Test
	void productsTheirVersionsAndApisUpToArchiving() {
		var ownerEmail = activeAccount("Ada", "Lovelace");
		var owner = People.signedIn(this.mvc, ownerEmail);
		var ownerId = Members.accountId(this.jdbc, ownerEmail);
		var organisation = Organisations.register(owner, "Products Audited Ltd");
		var products = "/organisations/" + organisation + "/products";

		var chooseApis = owner.post(products + "/new", "name", "Imaging Viewer", "module", "", "version", "2.1")
			.getResponse()
			.getRedirectedUrl();
		var product = UUID.fromString(chooseApis.split("/")[4]);
		var firstVersion = chooseApis.split("/")[6];
		var created = AuditLog.last(this.jdbc, organisation, "product.created");
		assertRecorded(created, "product.created", ownerId, organisation,
				"Product Imaging Viewer created with version 2.1");
		assertThat(created.objectId()).isEqualTo(product.toString());

		owner.post(chooseApis, "apiIds", "national-record-locator", "apiIds", "national-imaging-registry");
		owner.post(chooseApis, "apiIds", "national-imaging-registry", "apiIds", "nhs-login");
		var chosen = AuditLog.last(this.jdbc, organisation, "product.apis-chosen");
		assertRecorded(chosen, "product.apis-chosen", ownerId, organisation,
				"APIs chosen for Imaging Viewer version 2.1: national-imaging-registry, nhs-login "
						+ "(added nhs-login; removed national-record-locator)");
		assertThat(chosen.objectType()).isEqualTo("product-version");
		assertThat(chosen.objectId()).isEqualTo(firstVersion);
		assertThat(AuditLog.about(this.jdbc, "product-version", firstVersion))
			.filteredOn(event -> event.action().equals("product.apis-chosen"))
			.extracting(Event::summary)
			.first()
			.isEqualTo("APIs chosen for Imaging Viewer version 2.1: national-imaging-registry, "
					+ "national-record-locator (added national-imaging-registry, national-record-locator)");

		var base = products + "/" + product;
		owner.post(base + "/details", "name", "Imaging Viewer Pro", "module", "Gateway", "lockVersion", "0");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "product.changed"), "product.changed", ownerId,
				organisation, "Product Imaging Viewer: name changed from \"Imaging Viewer\" to \"Imaging Viewer Pro\"; "
						+ "module changed from none to \"Gateway\"");

		owner.post(base + "/versions/new", "version", "3.0");
		var added = AuditLog.last(this.jdbc, organisation, "product.version-added");
		assertRecorded(added, "product.version-added", ownerId, organisation,
				"Version 3.0 added to Imaging Viewer Pro");
		assertThat(added.objectId()).isEqualTo(versionId(product, "3.0").toString());
		owner.post(base + "/versions/new", "version", "3.1.4");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "product.version-added"), "product.version-added",
				ownerId, organisation,
				"Patch version 3.1.4 added to Imaging Viewer Pro, with its significant version 3.1");

		owner.post(base + "/archive");
		assertRecorded(AuditLog.last(this.jdbc, organisation, "product.archived"), "product.archived", ownerId,
				organisation, "Product Imaging Viewer Pro archived");
	}

	@Test
	void evidenceUploadedThroughTheApi() {
		var ownerEmail = activeAccount("Ada", "Lovelace");
		var owner = People.signedIn(this.mvc, ownerEmail);
		var organisation = Organisations.register(owner, "Evidence Audited Ltd");
		var api = new ApiClient(this.mvc, Organisations.token(owner, organisation));
		var boundary = "audit-boundary";
		var body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"=cmd.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		var result = api.perform(MockMvcRequestBuilders.post("/api/v1/organisations/" + organisation + "/evidence")
			.contentType("multipart/form-data; boundary=" + boundary)
			.content(body));

		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		var uploaded = AuditLog.last(this.jdbc, organisation, "evidence.uploaded");
		assertRecorded(uploaded, "evidence.uploaded", Members.accountId(this.jdbc, ownerEmail), organisation,
				"Uploaded =cmd.pdf (application/pdf, ");
		assertThat(uploaded.summary()).contains("SHA-256 ")
			.endsWith("virus scan: not scanned, as no scanner is configured");
	}

	@Test
	void staffRolesGrantedAndWithdrawnByAnAdministrator() {
		var administratorEmail = activeAccount("Alan", "Turing");
		Administrators.appoint(this.jdbc, administratorEmail);
		var administrator = People.signedIn(this.mvc, administratorEmail);
		var administratorId = Members.accountId(this.jdbc, administratorEmail);
		var staffEmail = activeAccount("Grace", "Hopper");
		var staffId = Members.accountId(this.jdbc, staffEmail);

		administrator.post("/admin/staff/grant", "email", staffEmail, "apiId", "national-imaging-registry", "role",
				"APPROVER");
		administrator.post("/admin/staff/withdraw", "account", staffId.toString(), "api", "national-imaging-registry",
				"role", "APPROVER");

		var events = AuditLog.about(this.jdbc, "account", staffId)
			.stream()
			.filter(event -> event.action().startsWith("staff-role."))
			.toList();
		assertThat(events).hasSize(2);
		assertRecorded(events.get(0), "staff-role.granted", administratorId, null,
				"Approver role for National Imaging Registry (national-imaging-registry) granted to Grace Hopper");
		assertRecorded(events.get(1), "staff-role.withdrawn", administratorId, null,
				"Approver role for National Imaging Registry (national-imaging-registry) withdrawn from Grace Hopper");
	}

	/**
	 * The event's action, actor, organisation and the start of its summary; and, as it
	 * came from a request, that request's id and address.
	 */
	private static void assertRecorded(Event event, String action, UUID actor, UUID organisation, String summaryStart) {
		assertThat(event.action()).isEqualTo(action);
		assertThat(event.actorId()).as("actor of %s", action).isEqualTo(actor);
		assertThat(event.organisationId()).as("organisation of %s", action).isEqualTo(organisation);
		assertThat(event.summary()).as("summary of %s", action).startsWith(summaryStart);
		assertThat(event.requestId()).as("request id of %s", action).isNotBlank();
		assertThat(event.address()).as("address of %s", action).isNotBlank();
	}

	/** The one event with this action on the object. */
	private Event only(Object objectId, String action) {
		var events = this.jdbc.sql("select * from audit_events where object_id = ? and action = ? order by seq")
			.params(objectId.toString(), action)
			.query(Event.class)
			.list();
		assertThat(events).as("%s on %s", action, objectId).hasSize(1);
		return events.get(0);
	}

	private UUID versionId(UUID productId, String number) {
		return this.jdbc.sql("select id from product_versions where product_id = ? and number = ?")
			.params(productId, number)
			.query(UUID.class)
			.single();
	}

	/** An active account with a name of its own, so summaries can be told apart. */
	private String activeAccount(String firstName, String lastName) {
		var email = People.uniqueEmail(firstName.toLowerCase());
		var visitor = new Visitor(this.mvc);
		signUp(visitor, email, firstName, lastName);
		visitor.post(Mailbox.awaitMessageTo(email).linkPath("/activate/"));
		return email;
	}

	private static void signUp(Visitor visitor, String email, String firstName, String lastName) {
		visitor.post("/create-account", "firstName", firstName, "lastName", lastName, "email", email, "password",
				People.PASSWORD, "confirmPassword", People.PASSWORD);
		visitor.post("/create-account/terms-of-use");
	}

}
