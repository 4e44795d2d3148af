package digital.onboarding.radar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import digital.onboarding.account.SignedInAccount;
import digital.onboarding.assurance.OrganisationPauses;
import digital.onboarding.organisation.OrganisationAccess;
import digital.onboarding.platform.England;
import digital.onboarding.organisation.OrganisationAccess.Need;
import digital.onboarding.platform.NotFoundException;
import digital.onboarding.staff.StaffRole;
import digital.onboarding.staff.StaffRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything with an end date, from every {@link ExpirySource}: the radar views for an
 * organisation and for staff, and the daily run that warns before each thing ends and
 * does what follows when it lapses.
 */
@Service
public class ExpiryRadar {

	private static final Logger log = LoggerFactory.getLogger(ExpiryRadar.class);

	private final List<ExpirySource> sources;

	private final ExpiryWarnings warnings;

	private final ExpiryNotices notices;

	private final OrganisationAccess access;

	private final StaffRoles staffRoles;

	private final OrganisationPauses applicants;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExpiryRadar(List<ExpirySource> sources, ExpiryWarnings warnings, ExpiryNotices notices, OrganisationAccess access,
			StaffRoles staffRoles, OrganisationPauses applicants, TransactionTemplate transactions, Clock clock) {
		this.sources = sources;
		this.warnings = warnings;
		this.notices = notices;
		this.access = access;
		this.staffRoles = staffRoles;
		this.applicants = applicants;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Today, in England. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(England.TIME_ZONE));
	}

	/** The kinds the radar knows, in the order their sources come. */
	public List<ExpiryKind> kinds() {
		return this.sources.stream().map(ExpirySource::kind).toList();
	}

	/**
	 * The organisation's things with an end date, soonest first, for its members.
	 * @param kindId only this kind; {@code null} for all
	 * @throws IllegalArgumentException if the radar has no such kind
	 */
	@Transactional(readOnly = true)
	public List<Expiry> forOrganisation(UUID organisationId, String kindId) {
		this.access.require(organisationId, Need.READ);
		return sorted(sourcesOf(kindId).flatMap(source -> source.of(organisationId).stream()));
	}

	/**
	 * What a member of staff looks after: everything for administrators; for reviewers
	 * and approvers, the things of the organisations applying for their APIs.
	 * @throws NotFoundException for anyone else
	 * @throws IllegalArgumentException if the radar has no such kind
	 */
	@Transactional(readOnly = true)
	public List<Expiry> forStaff(UUID staffId, String kindId) {
		var all = sourcesOf(kindId).flatMap(source -> source.all().stream());
		if (SignedInAccount.isSignedInAdministrator(staffId)) {
			return sorted(all);
		}
		var apis = this.staffRoles.apisWhere(staffId, Set.of(StaffRole.REVIEWER, StaffRole.APPROVER));
		if (apis.isEmpty()) {
			throw new NotFoundException("Page");
		}
		var organisations = this.applicants.organisationsApplyingFor(apis);
		return sorted(all.filter(expiry -> organisations.contains(expiry.organisationId())));
	}

	/**
	 * The day's work: for each thing, the most urgent warning it has reached, unless that
	 * was sent before; for a lapse, what follows it too. Each thing is its own
	 * transaction, so one failure holds back only that thing, which the next run tries
	 * again.
	 * @param day the day to run for (today in England when scheduled)
	 * @return how many warnings were sent
	 */
	public int run(LocalDate day) {
		return run(day, source -> source.all());
	}

	/**
	 * The day's work for one organisation only, as {@link #run(LocalDate)} does it for
	 * all.
	 * @return how many warnings were sent
	 */
	public int run(LocalDate day, UUID organisationId) {
		return run(day, source -> source.of(organisationId));
	}

	private int run(LocalDate day, Function<ExpirySource, List<Expiry>> read) {
		int sent = 0;
		for (var source : this.sources) {
			for (var expiry : read.apply(source)) {
				var urgency = expiry.urgency(day);
				if (!urgency.warns() || !source.warnsAt(urgency)) {
					continue;
				}
				try {
					if (Boolean.TRUE
						.equals(this.transactions.execute(status -> warnOnce(source, expiry, urgency, day)))) {
						sent++;
					}
				}
				catch (RuntimeException ex) {
					log.error("Could not warn about {} ({}); the next run tries again", expiry.key(), urgency, ex);
				}
			}
		}
		return sent;
	}

	private boolean warnOnce(ExpirySource source, Expiry expiry, Urgency urgency, LocalDate day) {
		if (!this.warnings.record(expiry, urgency, day, this.clock.instant())) {
			return false;
		}
		if (urgency == Urgency.LAPSED) {
			source.lapsed(expiry, day);
		}
		this.notices.warn(expiry, urgency, day);
		return true;
	}

	/**
	 * @throws IllegalArgumentException for a kind the radar does not know, rather than an
	 * empty list that would look like nothing ends
	 */
	private Stream<ExpirySource> sourcesOf(String kindId) {
		if (kindId != null && kinds().stream().noneMatch(kind -> kind.id().equals(kindId))) {
			throw new IllegalArgumentException("The radar has no kind " + kindId + ": use one of "
					+ String.join(", ", kinds().stream().map(ExpiryKind::id).toList()));
		}
		return this.sources.stream().filter(source -> kindId == null || source.kind().id().equals(kindId));
	}

	private static List<Expiry> sorted(Stream<Expiry> expiries) {
		return expiries.sorted(Comparator.comparing(Expiry::endsOn).thenComparing(Expiry::key)).toList();
	}

}
