package digital.onboarding.commissioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.certification.CertificateManagement;
import digital.onboarding.evidence.EvidenceFiles;
import digital.onboarding.notification.Notice;
import digital.onboarding.notification.Notifications;
import digital.onboarding.notification.Topic;
import digital.onboarding.organisation.Membership;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.organisation.OrganisationKind;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.organisation.OrganisationRecipients;
import digital.onboarding.platform.ConflictException;
import digital.onboarding.platform.England;
import digital.onboarding.platform.ForbiddenException;
import digital.onboarding.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a commission: an end user organisation commissions a supplier's certified
 * product version for an API, the supplier accepts or declines, both sides record INT
 * test runs, the end user organisation signs INT off and decides go or no-go, and the
 * access module takes it live when production access is granted. Each change is made
 * against the version the person read, audited, and told to the other side.
 */
@Service
public class Commissioning {

	/** The longest reason or note accepted. */
	public static final int MAX_TEXT_LENGTH = 2000;

	private final Commissions commissions;

	private final CertificateManagement certificates;

	private final Catalogue catalogue;

	private final OrganisationAccess access;

	private final OrganisationManagement organisations;

	private final OrganisationRecipients recipients;

	private final EvidenceFiles evidence;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	Commissioning(Commissions commissions, CertificateManagement certificates, Catalogue catalogue,
			OrganisationAccess access, OrganisationManagement organisations, OrganisationRecipients recipients,
			EvidenceFiles evidence, Notifications notifications, AuditTrail audit, Clock clock) {
		this.commissions = commissions;
		this.certificates = certificates;
		this.catalogue = catalogue;
		this.access = access;
		this.organisations = organisations;
		this.recipients = recipients;
		this.evidence = evidence;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	// The service's own reads, for the access module and the register: no member check.

	@Transactional(readOnly = true)
	public Optional<Commission> find(UUID commissionId) {
		return this.commissions.find(commissionId);
	}

	/**
	 * Every commission of a supplier's product version for an API, any state, oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Commission> ofSupplierProductVersion(UUID supplierOrganisationId, UUID productVersionId, String apiId) {
		return this.commissions.ofSupplierProductVersion(supplierOrganisationId, productVersionId, apiId);
	}

	/** Every commission of the end user organisation, any state, oldest first. */
	@Transactional(readOnly = true)
	public List<Commission> ofEndUserOrganisation(UUID endUserOrganisationId) {
		return this.commissions.ofEndUserOrganisation(endUserOrganisationId);
	}

	/** LIVE commissions, by API and end user organisation: for the public register. */
	@Transactional(readOnly = true)
	public List<Commission> live() {
		return this.commissions.live();
	}

	/**
	 * Commissions with an end date on or before the date, not yet ENDED: for the expiry
	 * radar.
	 */
	@Transactional(readOnly = true)
	public List<Commission> endingOnOrBefore(LocalDate date) {
		return this.commissions.endingOnOrBefore(date);
	}

	/**
	 * Called by the access module, in the transaction that grants production access for
	 * the commission's end user organisation: GO becomes LIVE. Calling it again for a
	 * live commission changes nothing.
	 * @throws NotFoundException if there is no such commission
	 * @throws ConflictException if the commission is neither GO nor LIVE
	 */
	@Transactional
	public Commission goLive(UUID commissionId, UUID staffAccountId) {
		var commission = this.commissions.find(commissionId).orElseThrow(() -> new NotFoundException("Commission"));
		if (commission.state() == CommissionState.LIVE) {
			return commission;
		}
		if (!this.commissions.save(commission.goLive(staffAccountId, this.clock.instant()), commission.version())) {
			return goLive(commissionId, staffAccountId);
		}
		var live = this.commissions.find(commissionId).orElseThrow();
		this.audit.record(AuditEntry.of("commission.live", "commission", commissionId)
			.by(staffAccountId)
			.inOrganisation(commission.endUserOrganisationId())
			.summary(describe(commission) + " is live: production access granted"));
		var subject = commission.productName() + " " + commission.versionNumber() + " is live for "
				+ commission.endUserOrganisationName();
		var body = "Production access was granted, so " + commission.endUserOrganisationName() + "'s service using "
				+ commission.productName() + " " + commission.versionNumber() + " for " + apiName(commission)
				+ " is live and listed on the public register.";
		tell(live, commission.endUserOrganisationId(), subject, body);
		tell(live, commission.supplierOrganisationId(), subject, body);
		return live;
	}

	// What members of an organisation see and do.

	/**
	 * The product versions holding a valid certificate, which the end user organisation
	 * may commission, by API, supplier, product and version.
	 */
	@Transactional(readOnly = true)
	public List<Commissionable> commissionable(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.certificates.valid()
			.stream()
			.map(certificate -> new Commissionable(certificate.apiId(), certificate.apiName(),
					hcidRequired(certificate.apiId()), certificate.organisationId(), certificate.organisationName(),
					certificate.productId(), certificate.productName(), certificate.productVersionId(),
					certificate.versionNumber(), certificate.id()))
			.sorted(Comparator.comparing(Commissionable::apiName)
				.thenComparing(Commissionable::supplierOrganisationName)
				.thenComparing(Commissionable::productName)
				.thenComparing(Commissionable::versionNumber))
			.toList();
	}

	/**
	 * The end user organisation commissions a certified product version for an API
	 * (owners and admins). Sending the same commission again returns the first.
	 * @param hcid the organisation's HCID, where the API needs one; ignored otherwise
	 * @param endsOn the last day of the commission, after today; {@code null} for none
	 * @throws ForbiddenException if the organisation is not an end user organisation, or
	 * the caller a viewer
	 * @throws CommissionRefusedException if the choice, HCID or end date is refused
	 * @throws ConflictException if the organisation already has a different open
	 * commission of the version for the API
	 */
	@Transactional
	public Commission commission(UUID organisationId, UUID productVersionId, String apiId, String hcid,
			LocalDate endsOn) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var organisation = this.organisations.get(organisationId);
		if (organisation.kind() != OrganisationKind.END_USER_ORGANISATION) {
			throw new ForbiddenException("Only an end user organisation can commission a product");
		}
		var chosen = commissionable(organisationId).stream()
			.filter(option -> option.productVersionId().equals(productVersionId) && option.apiId().equals(apiId))
			.findFirst()
			.orElseThrow(() -> new CommissionRefusedException("choice",
					"Select a product version that holds a valid certificate for the API"));
		String storedHcid = null;
		if (chosen.hcidRequired()) {
			try {
				storedHcid = Hcid.normalise(hcid);
			}
			catch (IllegalArgumentException ex) {
				throw new CommissionRefusedException("hcid", ex.getMessage());
			}
		}
		if (endsOn != null && !endsOn.isAfter(today())) {
			throw new CommissionRefusedException("endsOn", "The end date must be in the future");
		}
		var id = UUID.randomUUID();
		var now = this.clock.instant();
		if (!this.commissions.insert(id, organisationId, chosen.supplierOrganisationId(), chosen.productId(),
				productVersionId, apiId, storedHcid, endsOn, now, membership.accountId())) {
			var open = this.commissions.open(organisationId, productVersionId, apiId).orElseThrow();
			if (Objects.equals(open.hcid(), storedHcid) && Objects.equals(open.endsOn(), endsOn)
					&& open.state() == CommissionState.COMMISSIONED) {
				return open;
			}
			throw new ConflictException("Your organisation already commissioned " + open.productName() + " "
					+ open.versionNumber() + " for " + chosen.apiName() + "; end that commission first");
		}
		var commission = this.commissions.find(id).orElseThrow();
		this.audit.record(AuditEntry.of("commission.commissioned", "commission", id)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary(organisation.legalName() + " commissioned " + describe(commission)
					+ (storedHcid == null ? "" : " with HCID " + storedHcid)
					+ (endsOn == null ? "" : ", ending on " + endsOn)));
		tell(commission, commission.supplierOrganisationId(),
				commission.endUserOrganisationName() + " commissioned " + commission.productName() + " "
						+ commission.versionNumber(),
				commission.endUserOrganisationName() + " (ODS code " + commission.endUserOdsCode() + ") commissioned "
						+ commission.productName() + " " + commission.versionNumber() + " for " + chosen.apiName()
						+ ". Accept or decline the commission.");
		return commission;
	}

	/**
	 * The organisation's commissions, oldest first: those it made, for an end user
	 * organisation; those of its products, for a supplier.
	 */
	@Transactional(readOnly = true)
	public List<Commission> ofOrganisation(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		var organisation = this.organisations.get(organisationId);
		return organisation.kind() == OrganisationKind.END_USER_ORGANISATION
				? this.commissions.ofEndUserOrganisation(organisationId) : this.commissions.ofSupplier(organisationId);
	}

	/** The commissions of one of the supplier's products, oldest first. */
	@Transactional(readOnly = true)
	public List<Commission> ofProduct(UUID organisationId, UUID productId) {
		this.access.require(organisationId, Need.READ);
		return this.commissions.ofSupplierProduct(organisationId, productId);
	}

	/**
	 * One of the organisation's commissions, as end user organisation or supplier, with
	 * its history.
	 * @throws NotFoundException if the caller is not a member, or the organisation is on
	 * neither side of it
	 */
	@Transactional(readOnly = true)
	public CommissionHistory get(UUID organisationId, UUID commissionId) {
		this.access.require(organisationId, Need.READ);
		return this.commissions.history(commissionId)
			.filter(history -> history.commission().isEndUser(organisationId)
					|| history.commission().isSupplier(organisationId))
			.orElseThrow(() -> new NotFoundException("Commission"));
	}

	/** The supplier accepts the commission. */
	@Transactional
	public Commission accept(UUID organisationId, UUID commissionId, int expectedVersion) {
		var acting = acting(organisationId, commissionId, Side.SUPPLIER, "accept");
		var commission = acting.commission();
		save(commission.accept(acting.accountId(), this.clock.instant()), expectedVersion);
		record(acting, "commission.accepted", commission.supplierOrganisationName() + " accepted the commission of "
				+ describe(commission) + " by " + commission.endUserOrganisationName());
		tell(commission, commission.endUserOrganisationId(),
				commission.supplierOrganisationName() + " accepted your commission",
				commission.supplierOrganisationName() + " accepted your commission of " + commission.productName() + " "
						+ commission.versionNumber() + ". Record INT test runs as you test.");
		return reread(commissionId);
	}

	/** The supplier declines the commission, saying why. */
	@Transactional
	public Commission decline(UUID organisationId, UUID commissionId, int expectedVersion, String reason) {
		var acting = acting(organisationId, commissionId, Side.SUPPLIER, "decline");
		var commission = acting.commission();
		var why = text(reason, "reason", "Enter why you decline the commission");
		save(commission.decline(acting.accountId(), this.clock.instant(), why), expectedVersion);
		record(acting, "commission.declined", commission.supplierOrganisationName() + " declined the commission of "
				+ describe(commission) + " by " + commission.endUserOrganisationName() + ": " + why);
		tell(commission, commission.endUserOrganisationId(),
				commission.supplierOrganisationName() + " declined your commission",
				commission.supplierOrganisationName() + " declined your commission of " + commission.productName() + " "
						+ commission.versionNumber() + ": " + why);
		return reread(commissionId);
	}

	/**
	 * Either side records an INT test run while the commission is accepted.
	 * @param evidenceId one of the recording organisation's own evidence files, or
	 * {@code null}
	 */
	@Transactional
	public TestRun recordRun(UUID organisationId, UUID commissionId, int expectedVersion, LocalDate startedOn,
			LocalDate endedOn, TestOutcome outcome, UUID evidenceId, String notes) {
		var acting = acting(organisationId, commissionId, Side.EITHER, "record a test run for");
		var commission = acting.commission();
		if (startedOn == null) {
			throw new CommissionRefusedException("startedOn", "Enter the date the test run started");
		}
		if (endedOn == null) {
			throw new CommissionRefusedException("endedOn", "Enter the date the test run ended");
		}
		if (endedOn.isBefore(startedOn)) {
			throw new CommissionRefusedException("endedOn", "The end date must be the same as or after the start date");
		}
		if (endedOn.isAfter(today())) {
			throw new CommissionRefusedException("endedOn", "The end date must be today or in the past");
		}
		if (outcome == null) {
			throw new CommissionRefusedException("outcome", "Select the outcome of the test run");
		}
		if (evidenceId != null) {
			try {
				this.evidence.describe(organisationId, evidenceId);
			}
			catch (NotFoundException ex) {
				throw new CommissionRefusedException("evidence",
						"The evidence must be a file your organisation uploaded");
			}
		}
		var note = optionalText(notes, "notes");
		commission.requireTesting();
		if (!this.commissions.touch(commissionId, expectedVersion, CommissionState.ACCEPTED)) {
			throw changedMeanwhile();
		}
		var id = UUID.randomUUID();
		this.commissions.insertRun(id, commissionId, organisationId, startedOn, endedOn, outcome, evidenceId, note,
				this.clock.instant(), acting.accountId());
		var side = commission.isSupplier(organisationId) ? commission.supplierOrganisationName()
				: commission.endUserOrganisationName();
		record(acting, "commission.test-run-recorded", side + " recorded an INT test run of " + describe(commission)
				+ " from " + startedOn + " to " + endedOn + ": " + outcome.label().toLowerCase(Locale.UK));
		tell(commission, other(commission, organisationId), side + " recorded an INT test run",
				side + " recorded an INT test run of " + commission.productName() + " " + commission.versionNumber()
						+ " from " + startedOn + " to " + endedOn + ": " + outcome.label().toLowerCase(Locale.UK)
						+ ".");
		return this.commissions.runs(commissionId)
			.stream()
			.filter(run -> run.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** The end user organisation signs INT testing off, once a run passed. */
	@Transactional
	public Commission signOffInt(UUID organisationId, UUID commissionId, int expectedVersion) {
		var acting = acting(organisationId, commissionId, Side.END_USER, "sign off INT testing for");
		var commission = acting.commission();
		var signOff = commission.signOffInt(acting.accountId(), this.clock.instant());
		if (this.commissions.runs(commissionId).stream().noneMatch(run -> run.outcome() == TestOutcome.PASSED)) {
			throw new ConflictException("Record a test run that passed before you sign INT testing off");
		}
		save(signOff, expectedVersion);
		record(acting, "commission.int-signed-off",
				commission.endUserOrganisationName() + " signed off INT testing of " + describe(commission));
		tell(commission, commission.supplierOrganisationId(),
				commission.endUserOrganisationName() + " signed INT testing off",
				commission.endUserOrganisationName() + " signed off INT testing of " + commission.productName() + " "
						+ commission.versionNumber() + ". They decide go or no-go next.");
		return reread(commissionId);
	}

	/**
	 * The end user organisation decides go or no-go once INT is signed off; no-go needs a
	 * reason.
	 */
	@Transactional
	public Commission decide(UUID organisationId, UUID commissionId, int expectedVersion, boolean go, String reason) {
		var acting = acting(organisationId, commissionId, Side.END_USER, "decide go or no-go for");
		var commission = acting.commission();
		var why = go ? optionalText(reason, "reason") : text(reason, "reason", "Enter why you decided no-go");
		save(commission.decide(go, acting.accountId(), this.clock.instant(), why), expectedVersion);
		var decision = go ? "go" : "no-go";
		record(acting, "commission." + decision, commission.endUserOrganisationName() + " decided " + decision + " for "
				+ describe(commission) + (why == null ? "" : ": " + why));
		tell(commission, commission.supplierOrganisationId(),
				commission.endUserOrganisationName() + " decided " + decision,
				commission.endUserOrganisationName() + " decided " + decision + " for " + commission.productName() + " "
						+ commission.versionNumber() + (why == null ? "." : ": " + why)
						+ (go ? " Production access can now be requested." : ""));
		return reread(commissionId);
	}

	/** The end user organisation ends an open commission, saying why. */
	@Transactional
	public Commission end(UUID organisationId, UUID commissionId, int expectedVersion, String reason) {
		var acting = acting(organisationId, commissionId, Side.END_USER, "end");
		var commission = acting.commission();
		var why = text(reason, "reason", "Enter why you end the commission");
		save(commission.end(acting.accountId(), this.clock.instant(), why), expectedVersion);
		record(acting, "commission.ended",
				commission.endUserOrganisationName() + " ended the commission of " + describe(commission) + ": " + why);
		tell(commission, commission.supplierOrganisationId(),
				commission.endUserOrganisationName() + " ended its commission",
				commission.endUserOrganisationName() + " ended its commission of " + commission.productName() + " "
						+ commission.versionNumber() + ": " + why);
		return reread(commissionId);
	}

	/**
	 * Ends every open commission whose end date has passed, telling both sides. Safe to
	 * run twice: a commission already ended, or changed meanwhile, is left as it is.
	 * @return how many were ended
	 */
	@Transactional
	public int endLapsed() {
		var today = today();
		var ended = 0;
		for (var commission : this.commissions.endingOnOrBefore(today.minusDays(1))) {
			if (!commission.state().isOpen()) {
				continue;
			}
			var why = "Its end date, " + commission.endsOn() + ", passed";
			if (!this.commissions.save(commission.end(null, this.clock.instant(), why), commission.version())) {
				continue;
			}
			this.audit.record(AuditEntry.of("commission.ended", "commission", commission.id())
				.inOrganisation(commission.endUserOrganisationId())
				.summary("The commission of " + describe(commission) + " by " + commission.endUserOrganisationName()
						+ " ended: " + why));
			var subject = "The commission of " + commission.productName() + " " + commission.versionNumber() + " ended";
			var body = "The commission of " + commission.productName() + " " + commission.versionNumber() + " by "
					+ commission.endUserOrganisationName() + " ended: " + why + ".";
			tell(commission, commission.endUserOrganisationId(), subject, body);
			tell(commission, commission.supplierOrganisationId(), subject, body);
			ended++;
		}
		return ended;
	}

	/** Whether commissioning for the API needs the end user organisation's HCID. */
	public boolean hcidRequired(String apiId) {
		return this.catalogue.find(apiId).map(api -> api.hcidRequired()).orElse(false);
	}

	private enum Side {

		END_USER, SUPPLIER, EITHER

	}

	/** Who acts, for which organisation, on which commission. */
	private record Acting(Membership membership, Commission commission) {

		UUID accountId() {
			return this.membership.accountId();
		}

	}

	/**
	 * The commission as the organisation's owner or admin may change it: someone outside
	 * either side is told it does not exist; a viewer, or the wrong side, why not.
	 */
	private Acting acting(UUID organisationId, UUID commissionId, Side side, String verb) {
		this.access.require(organisationId, Need.READ);
		var commission = this.commissions.find(commissionId)
			.filter(found -> found.isEndUser(organisationId) || found.isSupplier(organisationId))
			.orElseThrow(() -> new NotFoundException("Commission"));
		var membership = this.access.require(organisationId, Need.CHANGE);
		if (side == Side.SUPPLIER && !commission.isSupplier(organisationId)) {
			throw new ForbiddenException("Only the supplier of the product can " + verb + " the commission");
		}
		if (side == Side.END_USER && !commission.isEndUser(organisationId)) {
			throw new ForbiddenException(
					"Only the end user organisation that commissioned can " + verb + " the commission");
		}
		return new Acting(membership, commission);
	}

	private void save(CommissionChange change, int expectedVersion) {
		if (!this.commissions.save(change, expectedVersion)) {
			throw changedMeanwhile();
		}
	}

	private static ConflictException changedMeanwhile() {
		return new ConflictException(
				"This commission changed since you read it, or your request was sent twice; check where it stands "
						+ "and try again");
	}

	private Commission reread(UUID commissionId) {
		return this.commissions.find(commissionId).orElseThrow();
	}

	private void record(Acting acting, String action, String summary) {
		this.audit.record(AuditEntry.of(action, "commission", acting.commission().id())
			.by(acting.accountId())
			.inOrganisation(acting.membership().organisationId())
			.summary(summary));
	}

	/**
	 * Tells the organisation's owners, admins and onboarding contact, linking to the
	 * commission's page.
	 */
	private void tell(Commission commission, UUID organisationId, String subject, String body) {
		var path = "/organisations/" + organisationId + "/commissions/" + commission.id();
		var notices = new ArrayList<Notice>();
		for (var recipient : this.recipients.ofApplications(organisationId)) {
			notices.add(new Notice(recipient.accountId(), recipient.email(), Topic.DECISION, subject, body, path));
		}
		this.notifications.sendAll(notices);
	}

	private static UUID other(Commission commission, UUID organisationId) {
		return commission.isSupplier(organisationId) ? commission.endUserOrganisationId()
				: commission.supplierOrganisationId();
	}

	private String describe(Commission commission) {
		return commission.productName() + " " + commission.versionNumber() + " of "
				+ commission.supplierOrganisationName() + " for " + apiName(commission);
	}

	private String apiName(Commission commission) {
		return this.catalogue.find(commission.apiId()).map(api -> api.name()).orElse(commission.apiId());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), England.TIME_ZONE);
	}

	private static String text(String value, String field, String missing) {
		if (value == null || value.isBlank()) {
			throw new CommissionRefusedException(field, missing);
		}
		return optionalText(value, field);
	}

	private static String optionalText(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var stripped = value.strip();
		if (stripped.length() > MAX_TEXT_LENGTH) {
			throw new CommissionRefusedException(field, "Enter " + MAX_TEXT_LENGTH + " characters or fewer");
		}
		return stripped;
	}

}
