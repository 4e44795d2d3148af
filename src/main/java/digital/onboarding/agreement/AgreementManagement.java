package digital.onboarding.agreement;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.assurance.AgreementSection;
import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationRecipients;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.platform.RandomTokens;
import digital.onboarding.platform.RequestOrigin;
import digital.onboarding.platform.Sha256;
import digital.onboarding.review.AgreementApprovals;
import digital.onboarding.review.Review;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connection agreements from issue to acceptance: issuing one once a product version's
 * applications are approved but for the agreement, emailing its signatory a single-use
 * link, recording the acceptance (which approves the connection agreement section), the
 * signed copies, and asking for acceptance again when a new version is published.
 */
@Service
public class AgreementManagement {

	/** The longest name or role a signatory may type. */
	public static final int MAX_FIELD_LENGTH = 200;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(England.TIME_ZONE);

	private final ConnectionAgreements agreements;

	private final AgreementTexts texts;

	private final AgreementSection section;

	private final AgreementApprovals approvals;

	private final Notifications notifications;

	private final OrganisationRecipients recipients;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final Catalogue catalogue;

	private final AgreementPdf pdf;

	private final Clock clock;

	private final Duration linkValidity;

	private final SecureRandom random = new SecureRandom();

	AgreementManagement(ConnectionAgreements agreements, AgreementTexts texts, AgreementSection section,
			AgreementApprovals approvals, Notifications notifications, OrganisationRecipients recipients,
			OrganisationAccess access, AuditTrail audit, Catalogue catalogue, AgreementPdf pdf, Clock clock,
			@Value("${onboarding.agreements.link-validity:P30D}") Duration linkValidity) {
		this.agreements = agreements;
		this.texts = texts;
		this.section = section;
		this.approvals = approvals;
		this.notifications = notifications;
		this.recipients = recipients;
		this.access = access;
		this.audit = audit;
		this.catalogue = catalogue;
		this.pdf = pdf;
		this.clock = clock;
		this.linkValidity = linkValidity;
	}

	/**
	 * Issues the version's agreement if its connection agreement section is submitted and
	 * every other section of the applications sharing it is approved; otherwise does
	 * nothing. Issuing twice for the same revision returns the first agreement.
	 * @return the agreement issued now or before, if the version is ready for one
	 */
	@Transactional
	public Optional<ConnectionAgreement> issueIfReady(UUID organisationId, UUID productVersionId) {
		var ready = this.section.readyForAgreement(organisationId, productVersionId);
		if (ready.isEmpty()) {
			return Optional.empty();
		}
		var revisionId = ready.get().revisionId();
		var existing = this.agreements.firstFor(revisionId);
		if (existing.isPresent()) {
			return existing;
		}
		var review = this.approvals.review(revisionId);
		if (review.isEmpty()) {
			return Optional.empty();
		}
		var signatory = ready.get().signatory();
		var token = RandomTokens.next();
		var agreement = draft(review.get(), ready.get().apiIds(), this.texts.current(), signatory.name(),
				signatory.role(), signatory.email(), null);
		if (!this.agreements.insert(agreement, Sha256.hex(token))) {
			return this.agreements.firstFor(revisionId);
		}
		this.audit.record(AuditEntry.of("agreement.issued", "agreement", agreement.id())
			.inOrganisation(organisationId)
			.summary("Issued connection agreement " + agreement.reference() + " (version " + agreement.textVersion()
					+ ") for " + review.get().productName() + " " + review.get().versionNumber() + " to "
					+ signatory.name() + ", " + signatory.role() + " (" + signatory.email() + ")"));
		askToAccept(agreement, token, review.get());
		tellOrganisation(agreement, "Connection agreement " + agreement.reference() + " sent to your legal signatory",
				"We sent connection agreement " + agreement.reference() + " for " + review.get().productName() + " "
						+ review.get().versionNumber() + " to " + signatory.name() + " (" + signatory.email()
						+ ") to accept. Once they accept it, the connection agreement section is approved.");
		return Optional.of(agreement);
	}

	/**
	 * Asks the signatory of every active agreement under an older version to accept the
	 * current one. The old agreement stays in force until they do; an earlier request not
	 * yet accepted is withdrawn in favour of this one.
	 */
	@Transactional
	public int askToAcceptAgain(int version) {
		var text = this.texts.find(version).orElseThrow(() -> new NotFoundException("Agreement version"));
		var asked = 0;
		for (var active : this.agreements.activeBefore(version)) {
			var review = this.approvals.review(active.revisionId());
			if (review.isEmpty()) {
				continue;
			}
			this.agreements.withdrawReissuesOf(active.id(), this.clock.instant());
			var token = RandomTokens.next();
			var agreement = draft(review.get(), active.apiIds(), text, active.signatoryName(), active.signatoryRole(),
					active.signatoryEmail(), active.id());
			if (!this.agreements.insert(agreement, Sha256.hex(token))) {
				continue;
			}
			this.audit.record(AuditEntry.of("agreement.issued", "agreement", agreement.id())
				.inOrganisation(active.organisationId())
				.summary("Issued connection agreement " + agreement.reference() + " (version " + version
						+ ") to replace " + active.reference() + " once accepted; sent to " + active.signatoryName()
						+ " (" + active.signatoryEmail() + ")"));
			askToAccept(agreement, token, review.get());
			tellOrganisation(agreement, "Your legal signatory must accept a new connection agreement",
					"Version " + version + " of the connection agreement was published. We asked "
							+ active.signatoryName() + " (" + active.signatoryEmail() + ") to accept it as "
							+ agreement.reference() + ". Until they do, " + active.reference() + " stays in force.");
			asked++;
		}
		return asked;
	}

	/**
	 * Withdraws the agreement waiting on a revision of the connection agreement section
	 * that will not be approved by it: the applicant withdrew the section (to name
	 * another signatory, say) or staff returned or rejected it. Its link then says so.
	 */
	@Transactional
	public void withdrawFor(UUID revisionId, String why) {
		this.agreements.withdrawIssuedFor(revisionId, this.clock.instant())
			.ifPresent(agreement -> this.audit.record(AuditEntry.of("agreement.withdrawn", "agreement", agreement.id())
				.inOrganisation(agreement.organisationId())
				.summary(
						"Withdrew connection agreement " + agreement.reference() + " before it was accepted: " + why)));
	}

	/** What a signatory's link leads to; the token is the one in their email. */
	@Transactional(readOnly = true)
	public AgreementLink link(String token) {
		var found = token == null ? Optional.<ConnectionAgreement>empty() : this.agreements.byLink(Sha256.hex(token));
		if (found.isEmpty()) {
			return new AgreementLink(AgreementLink.Status.UNKNOWN, null);
		}
		var agreement = found.get();
		if (agreement.isAccepted()) {
			return new AgreementLink(AgreementLink.Status.USED, agreement);
		}
		if (agreement.state() != AgreementState.ISSUED
				|| (!agreement.isReacceptance() && !this.section.awaitsDecision(agreement.revisionId()))) {
			return new AgreementLink(AgreementLink.Status.WITHDRAWN, agreement);
		}
		if (!agreement.linkExpiresAt().isAfter(this.clock.instant())) {
			return new AgreementLink(AgreementLink.Status.EXPIRED, agreement);
		}
		return new AgreementLink(AgreementLink.Status.OPEN, agreement);
	}

	/**
	 * The signatory accepts the agreement the link leads to. Records their typed name and
	 * role, the time, the address the request came from, the version and the text's
	 * SHA-256; a first agreement approves the connection agreement section, a newer
	 * version supersedes the agreement it replaces. Both sides are emailed a link to the
	 * signed copy.
	 * @param declared whether they confirmed they may accept it for the organisation
	 * @throws IllegalArgumentException if the name or role is missing or too long, or the
	 * declaration is not confirmed
	 * @throws ConflictException if the link is used, expired or unknown
	 */
	@Transactional
	public ConnectionAgreement accept(String token, String fullName, String role, boolean declared) {
		var name = required(fullName, "Enter your full name");
		var position = required(role, "Enter your role");
		if (!declared) {
			throw new IllegalArgumentException("Confirm that you may accept this agreement for your organisation");
		}
		var link = link(token);
		if (link.status() != AgreementLink.Status.OPEN) {
			throw new ConflictException(switch (link.status()) {
				case USED -> "This agreement has already been accepted";
				case EXPIRED -> "This link has expired";
				case WITHDRAWN -> "This agreement was withdrawn";
				default -> "This link does not work";
			});
		}
		var agreement = link.agreement();
		var now = this.clock.instant();
		var copyToken = RandomTokens.next();
		// The hash is worked out from the text as stored now, which is what the page
		// showed.
		var sha256 = Sha256.hex(agreement.text());
		if (!this.agreements.accept(agreement.id(), name, position, now, RequestOrigin.current().address(),
				agreement.textVersion(), sha256, Sha256.hex(copyToken))) {
			throw new ConflictException("This agreement has already been accepted");
		}
		var accepted = this.agreements.find(agreement.id()).orElseThrow();
		this.audit.record(AuditEntry.of("agreement.accepted", "agreement", agreement.id())
			.inOrganisation(agreement.organisationId())
			.summary("Connection agreement " + agreement.reference() + " version " + agreement.textVersion()
					+ " accepted by " + name + ", " + position + " (SHA-256 " + sha256 + ")"));
		if (agreement.isReacceptance()) {
			this.agreements.supersede(agreement.replaces(), now);
			var replaced = this.agreements.find(agreement.replaces()).orElseThrow();
			this.audit.record(AuditEntry.of("agreement.superseded", "agreement", replaced.id())
				.inOrganisation(agreement.organisationId())
				.summary("Connection agreement " + replaced.reference() + " superseded by " + agreement.reference()));
		}
		else if (this.section.awaitsDecision(agreement.revisionId())) {
			this.approvals.approveByAgreement(agreement.revisionId(), agreement.reference().value());
		}
		this.notifications.send(new Notice(null, agreement.signatoryEmail(), Topic.DECISION,
				"You accepted connection agreement " + agreement.reference(),
				"Thank you. You accepted connection agreement " + agreement.reference() + " (version "
						+ agreement.textVersion() + ") as " + name + ", " + position
						+ ". Keep this email: the link below downloads your copy of the agreement as accepted.",
				"/agreements/copies/" + copyToken));
		tellOrganisation(accepted, "Connection agreement " + agreement.reference() + " accepted",
				name + ", " + position + ", accepted connection agreement " + agreement.reference() + " (version "
						+ agreement.textVersion() + "). It is now active. Download a copy from your product's "
						+ "connection agreements page.");
		return accepted;
	}

	/**
	 * Sends the signatory a new link to an agreement that waits for them; the earlier
	 * link stops working.
	 * @throws ConflictException if the agreement is no longer waiting to be accepted
	 */
	@Transactional
	public void sendAgain(UUID organisationId, UUID productId, UUID agreementId) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var agreement = find(organisationId, productId, agreementId);
		if (!agreement.isAwaitingAcceptance()) {
			throw new ConflictException("This agreement is no longer waiting to be accepted");
		}
		var token = RandomTokens.next();
		var expires = this.clock.instant().plus(this.linkValidity);
		this.agreements.replaceLink(agreementId, Sha256.hex(token), expires);
		var sent = this.agreements.find(agreementId).orElseThrow();
		this.audit.record(AuditEntry.of("agreement.link-sent", "agreement", agreementId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Sent the link to connection agreement " + agreement.reference() + " again to "
					+ agreement.signatoryEmail() + ", valid until " + DAY.format(expires) + "; the earlier link "
					+ "withdrawn"));
		askToAccept(sent, token, this.approvals.review(agreement.revisionId()).orElse(null));
	}

	/**
	 * Every agreement waiting for its signatory, for the service's own checks (such as
	 * warning before the signatory's link expires); no member check.
	 */
	@Transactional(readOnly = true)
	public List<ConnectionAgreement> awaitingAcceptanceForService() {
		return this.agreements.awaitingAcceptance();
	}

	/**
	 * Whether an active agreement covers the version and API. For the service's own use;
	 * no member check.
	 */
	@Transactional(readOnly = true)
	public boolean inForce(UUID productVersionId, String apiId) {
		return this.agreements.activeCovering(productVersionId, apiId);
	}

	/** A product's agreements, the newest first, for any member of its organisation. */
	@Transactional(readOnly = true)
	public List<ConnectionAgreement> ofProduct(UUID organisationId, UUID productId) {
		this.access.require(organisationId, Need.READ);
		return this.agreements.ofProduct(organisationId, productId);
	}

	/**
	 * One of a product's agreements.
	 * @throws NotFoundException if the caller is not a member, or it is not the product's
	 */
	@Transactional(readOnly = true)
	public ConnectionAgreement get(UUID organisationId, UUID productId, UUID agreementId) {
		this.access.require(organisationId, Need.READ);
		return find(organisationId, productId, agreementId);
	}

	/**
	 * The agreement as a PDF, for the organisation's owners and admins.
	 * @throws NotFoundException if the caller is not a member, or it is not the product's
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID organisationId, UUID productId, UUID agreementId) {
		this.access.require(organisationId, Need.CHANGE);
		return this.pdf.render(find(organisationId, productId, agreementId));
	}

	/**
	 * The signatory's copy of an accepted agreement, from the link in their confirmation
	 * email.
	 * @throws NotFoundException if the link is not one the service sent
	 */
	@Transactional(readOnly = true)
	public SignedCopy signedCopy(String copyToken) {
		var agreement = (copyToken == null ? Optional.<ConnectionAgreement>empty()
				: this.agreements.byCopy(Sha256.hex(copyToken)))
			.orElseThrow(() -> new NotFoundException("Agreement"));
		return new SignedCopy(agreement.reference(), this.pdf.render(agreement));
	}

	/** A signed agreement's PDF with the reference to name the file by. */
	public record SignedCopy(AgreementReference reference, byte[] pdf) {
	}

	private ConnectionAgreement find(UUID organisationId, UUID productId, UUID agreementId) {
		return this.agreements.find(agreementId)
			.filter(agreement -> agreement.organisationId().equals(organisationId)
					&& agreement.productId().equals(productId))
			.orElseThrow(() -> new NotFoundException("Agreement"));
	}

	/** The agreement as issued: its exact text, hashed, and a link valid from now. */
	private ConnectionAgreement draft(Review review, List<String> apiIds, AgreementText text, String signatoryName,
			String signatoryRole, String signatoryEmail, UUID replaces) {
		var reference = newReference();
		var body = wording(reference, review, apiIds, text);
		var now = this.clock.instant();
		return new ConnectionAgreement(UUID.randomUUID(), reference, review.organisationId(), review.productId(),
				review.productVersionId(), review.revisionId(), apiIds, text.version(), body, Sha256.hex(body),
				signatoryName, signatoryRole, signatoryEmail, AgreementState.ISSUED, now, now.plus(this.linkValidity),
				null, null, null, null, null, null, replaces, null);
	}

	private String wording(AgreementReference reference, Review review, List<String> apiIds, AgreementText text) {
		var names = apiIds.stream().map(apiId -> this.catalogue.get(apiId).name()).toList();
		var body = new StringBuilder();
		body.append("Connection agreement ").append(reference).append("\n");
		body.append("Agreement version ").append(text.version()).append("\n\n");
		body.append("Organisation: ").append(review.organisationName());
		if (review.odsCode() != null) {
			body.append(" (ODS code ").append(review.odsCode()).append(")");
		}
		body.append("\nProduct: ").append(review.productName()).append(", version ").append(review.versionNumber());
		body.append("\nAPIs: ").append(String.join(", ", names)).append("\n\n");
		body.append("Core clauses\n\n").append(text.coreClauses()).append("\n");
		for (var apiId : apiIds) {
			var terms = text.termsFor(apiId);
			body.append("\nTerms for ").append(this.catalogue.get(apiId).name()).append("\n\n");
			body.append(terms.isBlank() ? "No terms beyond the core clauses." : terms).append("\n");
		}
		return body.toString();
	}

	/**
	 * Random rather than sequential, so a reference says nothing about how many there
	 * are.
	 */
	private AgreementReference newReference() {
		while (true) {
			var reference = AgreementReference.random(this.random);
			if (!this.agreements.referenceInUse(reference)) {
				return reference;
			}
		}
	}

	private void askToAccept(ConnectionAgreement agreement, String token, Review review) {
		var what = review == null ? ""
				: " for " + review.organisationName() + "'s " + review.productName() + " " + review.versionNumber();
		var subject = agreement.isReacceptance()
				? "Accept the new version of your connection agreement (" + agreement.reference() + ")"
				: "Accept connection agreement " + agreement.reference();
		this.notifications.send(new Notice(null, agreement.signatoryEmail(), Topic.DECISION, subject,
				"You were named as the legal signatory" + what + ". Read connection agreement " + agreement.reference()
						+ " (version " + agreement.textVersion()
						+ ") and accept it if you agree. You do not need an account. The link works once and "
						+ "expires on " + DAY.format(agreement.linkExpiresAt()) + ".",
				"/agreements/" + token));
	}

	private void tellOrganisation(ConnectionAgreement agreement, String subject, String body) {
		var path = "/organisations/" + agreement.organisationId() + "/products/" + agreement.productId()
				+ "/agreements";
		var notices = new ArrayList<Notice>();
		for (var recipient : this.recipients.ofApplications(agreement.organisationId())) {
			notices.add(new Notice(recipient.accountId(), recipient.email(), Topic.DECISION, subject, body, path));
		}
		this.notifications.sendAll(notices);
	}

	static String required(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		var stripped = value.strip();
		if (stripped.length() > MAX_FIELD_LENGTH) {
			throw new IllegalArgumentException("Enter " + MAX_FIELD_LENGTH + " characters or fewer");
		}
		return stripped;
	}

}
