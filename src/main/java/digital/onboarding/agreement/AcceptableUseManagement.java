package digital.onboarding.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.Contact;
import digital.onboarding.organisation.ContactKind;
import digital.onboarding.organisation.Organisation;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationContacts;
import digital.onboarding.organisation.OrganisationKind;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.organisation.OrganisationRecipients;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.RequestOrigin;
import digital.onboarding.platform.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acceptable use policy of end user organisations, handled as the connection
 * agreement is: administrators publish versions; an organisation issues the current one
 * to its legal signatory, who accepts it through a single-use emailed link (name, role,
 * time, address, version and text hash recorded); a newer version is issued to every
 * organisation that accepted an older one, which stays in force until it is accepted.
 */
@Service
public class AcceptableUseManagement {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(England.TIME_ZONE);

	private final AcceptableUsePolicies policies;

	private final OrganisationAccess access;

	private final OrganisationManagement organisations;

	private final OrganisationContacts contacts;

	private final OrganisationRecipients recipients;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final AgreementPdf pdf;

	private final Clock clock;

	private final Duration linkValidity;

	AcceptableUseManagement(AcceptableUsePolicies policies, OrganisationAccess access,
			OrganisationManagement organisations, OrganisationContacts contacts, OrganisationRecipients recipients,
			Notifications notifications, AuditTrail audit, AgreementPdf pdf, Clock clock,
			@Value("${onboarding.agreements.link-validity:P30D}") Duration linkValidity) {
		this.policies = policies;
		this.access = access;
		this.organisations = organisations;
		this.contacts = contacts;
		this.recipients = recipients;
		this.notifications = notifications;
		this.audit = audit;
		this.pdf = pdf;
		this.clock = clock;
		this.linkValidity = linkValidity;
	}

	/** Where an organisation stands with the policy, for any of its members. */
	public record Standing(Organisation organisation, Optional<AcceptableUsePolicy> inForce,
			Optional<AcceptableUsePolicy> waiting, List<AcceptableUsePolicy> history, int currentVersion,
			List<Contact> signatories) {

		/** Whether the policy applies: only end user organisations accept it. */
		public boolean applies() {
			return this.organisation.kind() == OrganisationKind.END_USER_ORGANISATION;
		}

		/** Whether the policy in force is an older version than the current one. */
		public boolean reacceptanceDue() {
			return this.inForce.isPresent() && this.inForce.get().textVersion() < this.currentVersion;
		}

	}

	@Transactional(readOnly = true)
	public Standing standing(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		var signatories = this.contacts.list(organisationId)
			.stream()
			.filter(contact -> contact.kind() == ContactKind.LEGAL_SIGNATORY)
			.toList();
		return new Standing(this.organisations.get(organisationId),
				this.policies.inState(organisationId, AgreementState.ACTIVE),
				this.policies.inState(organisationId, AgreementState.ISSUED), this.policies.of(organisationId),
				this.policies.currentText().version(), signatories);
	}

	/**
	 * Whether the end user organisation has accepted the policy (any version: an older
	 * one stays in force until its signatory accepts the newer).
	 */
	@Transactional(readOnly = true)
	public boolean inForce(UUID organisationId) {
		return this.policies.inState(organisationId, AgreementState.ACTIVE).isPresent();
	}

	/**
	 * Issues the current version to one of the organisation's legal signatory contacts; a
	 * policy still waiting for a signatory is withdrawn in favour of this one.
	 * @throws ConflictException if the organisation is not an end user organisation or
	 * has accepted the current version already
	 * @throws NotFoundException if the contact is not one of the organisation's legal
	 * signatories
	 */
	@Transactional
	public AcceptableUsePolicy issue(UUID organisationId, UUID signatoryContactId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var organisation = this.organisations.get(organisationId);
		if (organisation.kind() != OrganisationKind.END_USER_ORGANISATION) {
			throw new ConflictException("Only end user organisations accept the acceptable use policy");
		}
		var signatory = this.contacts.get(organisationId, signatoryContactId);
		if (signatory.kind() != ContactKind.LEGAL_SIGNATORY) {
			throw new NotFoundException("Legal signatory");
		}
		var text = this.policies.currentText();
		var active = this.policies.inState(organisationId, AgreementState.ACTIVE);
		if (active.isPresent() && active.get().textVersion() == text.version()) {
			throw new ConflictException("Your organisation has already accepted version " + text.version()
					+ " of the acceptable use policy");
		}
		var now = this.clock.instant();
		this.policies.withdrawIssued(organisationId, now)
			.ifPresent(withdrawn -> this.audit
				.record(AuditEntry.of("acceptable-use.withdrawn", "acceptable-use", withdrawn.id())
					.by(membership.accountId())
					.inOrganisation(organisationId)
					.summary("Withdrew the acceptable use policy sent to " + withdrawn.signatoryEmail()
							+ " before it was accepted")));
		var issued = send(organisation, text, signatory.name(), signatory.jobTitle(), signatory.email(),
				membership.accountId());
		tellOrganisation(organisationId, "Acceptable use policy sent to your legal signatory",
				"We sent version " + text.version() + " of the acceptable use policy to " + signatory.name() + " ("
						+ signatory.email() + ") to accept for " + organisation.legalName() + ".");
		return issued;
	}

	/**
	 * Sends the signatory a new link to the policy waiting for them; the earlier link
	 * stops working.
	 */
	@Transactional
	public void sendAgain(UUID organisationId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var waiting = this.policies.inState(organisationId, AgreementState.ISSUED)
			.orElseThrow(() -> new ConflictException("No acceptable use policy is waiting to be accepted"));
		var token = RandomTokens.next();
		var expires = this.clock.instant().plus(this.linkValidity);
		this.policies.replaceLink(waiting.id(), Sha256.hex(token), expires);
		this.audit.record(AuditEntry.of("acceptable-use.link-sent", "acceptable-use", waiting.id())
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Sent the link to the acceptable use policy again to " + waiting.signatoryEmail()
					+ ", valid until " + DAY.format(expires) + "; the earlier link withdrawn"));
		askToAccept(this.policies.find(waiting.id()).orElseThrow(), token,
				this.organisations.getForService(organisationId));
	}

	/** What a signatory's link leads to; the token is the one in their email. */
	@Transactional(readOnly = true)
	public PolicyLink link(String token) {
		var found = token == null ? Optional.<AcceptableUsePolicy>empty() : this.policies.byLink(Sha256.hex(token));
		if (found.isEmpty()) {
			return new PolicyLink(AgreementLink.Status.UNKNOWN, null);
		}
		var policy = found.get();
		if (policy.isAccepted()) {
			return new PolicyLink(AgreementLink.Status.USED, policy);
		}
		if (!policy.linkExpiresAt().isAfter(this.clock.instant())) {
			return new PolicyLink(AgreementLink.Status.EXPIRED, policy);
		}
		return new PolicyLink(AgreementLink.Status.OPEN, policy);
	}

	/**
	 * The signatory accepts the policy the link leads to; the one accepted before, if
	 * any, is superseded.
	 * @throws IllegalArgumentException if the name or role is missing or too long, or the
	 * declaration is not confirmed
	 * @throws ConflictException if the link is used, expired or unknown
	 */
	@Transactional
	public AcceptableUsePolicy accept(String token, String fullName, String role, boolean declared) {
		var name = AgreementManagement.required(fullName, "Enter your full name");
		var position = AgreementManagement.required(role, "Enter your role");
		if (!declared) {
			throw new IllegalArgumentException("Confirm that you may accept this policy for your organisation");
		}
		var link = link(token);
		if (link.status() != AgreementLink.Status.OPEN) {
			throw new ConflictException(switch (link.status()) {
				case USED -> "This policy has already been accepted";
				case EXPIRED -> "This link has expired";
				default -> "This link does not work";
			});
		}
		var policy = link.policy();
		var copyToken = RandomTokens.next();
		var sha256 = Sha256.hex(policy.text());
		if (!this.policies.accept(policy, name, position, this.clock.instant(), RequestOrigin.current().address(),
				sha256, Sha256.hex(copyToken))) {
			throw new ConflictException("This policy has already been accepted");
		}
		this.audit.record(AuditEntry.of("acceptable-use.accepted", "acceptable-use", policy.id())
			.inOrganisation(policy.organisationId())
			.summary("Acceptable use policy version " + policy.textVersion() + " accepted by " + name + ", " + position
					+ " (SHA-256 " + sha256 + ")"));
		this.notifications
			.send(new Notice(null, policy.signatoryEmail(), Topic.DECISION, "You accepted the acceptable use policy",
					"Thank you. You accepted version " + policy.textVersion() + " of the acceptable use policy as "
							+ name + ", " + position
							+ ". Keep this email: the link below downloads your copy of the policy as accepted.",
					"/acceptable-use/copies/" + copyToken));
		tellOrganisation(policy.organisationId(), "Acceptable use policy accepted", name + ", " + position
				+ ", accepted version " + policy.textVersion() + " of the acceptable use policy. It is now in force.");
		return this.policies.find(policy.id()).orElseThrow();
	}

	/** Every published version, the newest first. */
	@Transactional(readOnly = true)
	public List<AcceptableUseText> texts() {
		return this.policies.texts();
	}

	/**
	 * Publishes the next version and issues it to the signatory of every organisation
	 * whose policy in force, or waiting to be accepted, is older.
	 * @return how many organisations were asked to accept it
	 * @throws IllegalArgumentException if the text is blank or too long
	 */
	@Transactional
	public int publish(String text, UUID administratorId) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Enter the policy's text");
		}
		if (text.length() > AgreementTexts.MAX_LENGTH) {
			throw new IllegalArgumentException(
					"The policy's text must be " + AgreementTexts.MAX_LENGTH + " characters or fewer");
		}
		var published = this.policies.publish(AgreementTexts.normalised(text), administratorId, this.clock.instant());
		this.audit
			.record(AuditEntry.of("acceptable-use-text.published", "acceptable-use", "version-" + published.version())
				.by(administratorId)
				.summary("Published acceptable use policy version " + published.version()));
		var asked = 0;
		for (var older : this.policies.inForceOrWaitingBefore(published.version())) {
			var organisation = this.organisations.getForService(older.organisationId());
			var inForce = this.policies.inState(organisation.id(), AgreementState.ACTIVE);
			// A link to an older version still waiting would let the signatory accept
			// what is already out of date.
			this.policies.withdrawIssued(organisation.id(), this.clock.instant());
			send(organisation, published, older.signatoryName(), older.signatoryRole(), older.signatoryEmail(),
					administratorId);
			tellOrganisation(organisation.id(), "Your legal signatory must accept a new acceptable use policy",
					"Version " + published.version() + " of the acceptable use policy was published. We asked "
							+ older.signatoryName() + " (" + older.signatoryEmail() + ") to accept it."
							+ inForce
								.map(policy -> " Until they do, version " + policy.textVersion() + " stays in force.")
								.orElse(""));
			asked++;
		}
		return asked;
	}

	/**
	 * One of the organisation's policies as a PDF, for its owners and admins.
	 * @throws NotFoundException if the caller is not a member, or it is not the
	 * organisation's
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID organisationId, UUID policyId) {
		this.access.require(organisationId, Need.CHANGE);
		return this.pdf.render(this.policies.find(policyId)
			.filter(policy -> policy.organisationId().equals(organisationId))
			.orElseThrow(() -> new NotFoundException("Acceptable use policy")));
	}

	/** The signatory's copy, from the link in their confirmation email. */
	@Transactional(readOnly = true)
	public byte[] signedCopy(String copyToken) {
		return this.pdf.render((copyToken == null ? Optional.<AcceptableUsePolicy>empty()
				: this.policies.byCopy(Sha256.hex(copyToken)))
			.orElseThrow(() -> new NotFoundException("Acceptable use policy")));
	}

	private AcceptableUsePolicy send(Organisation organisation, AcceptableUseText text, String signatoryName,
			String signatoryRole, String signatoryEmail, UUID by) {
		var body = "Acceptable use policy for end user organisations\nPolicy version " + text.version()
				+ "\n\nOrganisation: " + organisation.legalName()
				+ (organisation.odsCode() == null ? "" : " (ODS code " + organisation.odsCode() + ")") + "\n\n"
				+ text.text() + "\n";
		var now = this.clock.instant();
		var policy = new AcceptableUsePolicy(UUID.randomUUID(), organisation.id(), text.version(), body,
				Sha256.hex(body), signatoryName, signatoryRole, signatoryEmail, AgreementState.ISSUED, now,
				now.plus(this.linkValidity), null, null, null, null, null, null);
		var token = RandomTokens.next();
		if (!this.policies.insert(policy, Sha256.hex(token))) {
			throw new ConflictException("A policy is already waiting for your legal signatory");
		}
		this.audit.record(AuditEntry.of("acceptable-use.issued", "acceptable-use", policy.id())
			.by(by)
			.inOrganisation(organisation.id())
			.summary("Issued acceptable use policy version " + text.version() + " to " + signatoryName + ", "
					+ signatoryRole + " (" + signatoryEmail + ")"));
		askToAccept(policy, token, organisation);
		return policy;
	}

	private void askToAccept(AcceptableUsePolicy policy, String token, Organisation organisation) {
		this.notifications.send(new Notice(null, policy.signatoryEmail(), Topic.DECISION,
				"Accept the acceptable use policy for " + organisation.legalName(),
				"You were named as the legal signatory of " + organisation.legalName()
						+ ". Read the acceptable use policy for end user organisations (version " + policy.textVersion()
						+ ") and accept it if you agree. You do not need an account. The link works once and "
						+ "expires on " + DAY.format(policy.linkExpiresAt()) + ".",
				"/acceptable-use/" + token));
	}

	private void tellOrganisation(UUID organisationId, String subject, String body) {
		var notices = new ArrayList<Notice>();
		for (var recipient : this.recipients.ofApplications(organisationId)) {
			notices.add(new Notice(recipient.accountId(), recipient.email(), Topic.DECISION, subject, body,
					"/organisations/" + organisationId + "/acceptable-use-policy"));
		}
		this.notifications.sendAll(notices);
	}

}
