package digital.onboarding.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.England;
import digital.onboarding.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering organisations and reading them as their members.
 */
@Service
public class OrganisationManagement {

	private final Organisations organisations;

	private final OrganisationAccess access;

	private final AuditTrail audit;

	private final Memberships memberships;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationManagement(Organisations organisations, OrganisationAccess access, AuditTrail audit,
			Memberships memberships, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.organisations = organisations;
		this.access = access;
		this.audit = audit;
		this.memberships = memberships;
		this.clock = clock;
	}

	/**
	 * Registers an organisation with the caller as its owner.
	 * @return the new organisation, or empty if its ODS code is already registered
	 */
	@Transactional
	public Optional<Organisation> register(String legalName, String odsCode, OrganisationKind kind) {
		var problem = OdsCode.problemWith(odsCode);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
		var accountId = this.access.currentAccountId();
		var now = this.clock.instant();
		var organisation = new Organisation(UUID.randomUUID(), legalName.strip(), OdsCode.normalise(odsCode), kind, now,
				null, null, 0);
		if (!this.organisations.insert(organisation)) {
			return Optional.empty();
		}
		this.memberships.add(organisation.id(), accountId, MemberRole.OWNER, now);
		this.audit.record(AuditEntry.of("organisation.registered", "organisation", organisation.id())
			.by(accountId)
			.inOrganisation(organisation.id())
			.summary("Registered " + organisation.legalName() + " (" + organisation.odsCode() + ") as "
					+ kind.label().toLowerCase(Locale.ROOT) + "; registrant is owner"));
		return Optional.of(organisation);
	}

	@Transactional(readOnly = true)
	public boolean isOdsCodeInUse(String odsCode) {
		return this.organisations.odsCodeInUse(OdsCode.normalise(odsCode));
	}

	/** The organisation, if the caller is one of its members. */
	@Transactional(readOnly = true)
	public Organisation get(UUID organisationId) {
		this.access.require(organisationId, Need.READ);
		return this.organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
	}

	/**
	 * The organisation, for the service's own use (such as issuing a certificate from an
	 * event listener, where no member is signed in); no member check.
	 * @throws NotFoundException if there is no such organisation
	 */
	@Transactional(readOnly = true)
	public Organisation getForService(UUID organisationId) {
		return this.organisations.findById(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
	}

	/**
	 * Records the organisation's DSPT status and when it was published, as an owner or
	 * admin gives them. Saving what is already recorded changes nothing.
	 * @param expectedVersion the organisation's version the person read
	 * @throws IllegalArgumentException with the problems by field if the details are
	 * incomplete or the date is in the future
	 * @throws OptimisticLockingFailureException if someone changed the organisation
	 * meanwhile
	 */
	@Transactional
	public Organisation changeDspt(UUID organisationId, int expectedVersion, Dspt dspt) {
		var membership = this.access.require(organisationId, Need.CHANGE);
		var problems = dspt.problems(LocalDate.now(this.clock.withZone(England.TIME_ZONE)));
		if (!problems.isEmpty()) {
			throw new DsptRejectedException(problems);
		}
		var current = getForService(organisationId);
		if (current.dspt().filter(dspt::equals).isPresent()) {
			return current;
		}
		if (!this.organisations.changeDspt(organisationId, expectedVersion, dspt)) {
			throw new OptimisticLockingFailureException(
					"Organisation " + organisationId + " was changed by someone else");
		}
		this.audit.record(AuditEntry.of("organisation.dspt-recorded", "organisation", organisationId)
			.by(membership.accountId())
			.inOrganisation(organisationId)
			.summary("Recorded DSPT status " + dspt.status().label() + ", published " + dspt.published()
					+ (current.dspt().isEmpty() ? "" : " (was " + current.dsptStatus().label() + ", published "
							+ current.dsptPublished() + ")")));
		this.events.publishEvent(new DsptRecorded(organisationId, dspt));
		return getForService(organisationId);
	}

	/**
	 * Every organisation that gave a DSPT status, for the service's own checks (such as
	 * warning before it lapses); no member check.
	 */
	@Transactional(readOnly = true)
	public List<Organisation> withDsptForService() {
		return this.organisations.withDspt();
	}

	/** The organisations the caller belongs to, alphabetically. */
	@Transactional(readOnly = true)
	public List<MyOrganisation> mine() {
		var caller = OrganisationAccess.Caller.current();
		return this.organisations.ofAccount(caller.accountId())
			.stream()
			.filter(organisation -> caller.organisationScope() == null
					|| caller.organisationScope().equals(organisation.id()))
			.toList();
	}

}
