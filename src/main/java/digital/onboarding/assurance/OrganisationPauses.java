package digital.onboarding.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.programme.Finding;
import digital.onboarding.catalogue.programme.RuleOutcome;
import digital.onboarding.organisation.DsptStatus;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.England;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses of all an organisation's applications for something about the organisation
 * rather than its answers, such as a lapsed DSPT. A pause is a finding with the PAUSE
 * outcome that the service raised itself, so the gates stop the applications as they do
 * for a paused answer; saving answers leaves it alone, and it lifts only when the service
 * resolves it. Called by the service's own scheduled work: no member is checked.
 */
@Service
public class OrganisationPauses {

	/** The programmes' rule for a lapsed DSPT, whose id the pause carries. */
	public static final String DSPT_LAPSED = "R-dspt-lapsed";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Findings findings;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final OrganisationManagement organisations;

	private final Clock clock;

	OrganisationPauses(Findings findings, AuditTrail audit, JdbcClient jdbc, OrganisationManagement organisations,
			Clock clock) {
		this.findings = findings;
		this.audit = audit;
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Pauses every open application of the organisation because its DSPT publication ran
	 * out; applications already paused for it stay as they are.
	 * @param endedOn the day the publication stopped counting
	 * @return how many applications were paused now
	 */
	@Transactional
	public int pauseForLapsedDspt(UUID organisationId, LocalDate endedOn) {
		var finding = new Finding(
				DSPT_LAPSED, RuleOutcome.PAUSE, "Your organisation's DSPT publication stopped counting on "
						+ DAY.format(endedOn) + ". Record a newer publication on your organisation's page to carry on.",
				List.of());
		var paused = this.findings.raiseByService(organisationId, finding, this.clock.instant());
		if (paused > 0) {
			this.audit.record(AuditEntry.of("applications.paused", "organisation", organisationId)
				.inOrganisation(organisationId)
				.summary("Paused " + paused + " application(s): the DSPT publication stopped counting on "
						+ DAY.format(endedOn)));
		}
		return paused;
	}

	/**
	 * Pauses the organisation's open applications if its DSPT does not count today, for
	 * an application opened after the radar paused the others: the radar acts on a lapse
	 * once only.
	 */
	@Transactional
	public void pauseIfDsptDoesNotCount(UUID organisationId) {
		var today = LocalDate.now(this.clock.withZone(England.TIME_ZONE));
		this.organisations.getForService(organisationId)
			.dspt()
			.filter(dspt -> !dspt.countsOn(today))
			.ifPresent(dspt -> pauseForLapsedDspt(organisationId,
					dspt.status() == DsptStatus.LAPSED ? today : dspt.endsOn()));
	}

	/**
	 * Lifts the lapsed DSPT pause from the organisation's applications, once it recorded
	 * a publication that counts.
	 * @return how many applications were resumed
	 */
	@Transactional
	public int resumeAfterDsptRenewal(UUID organisationId) {
		var resumed = this.findings.resolveByService(organisationId, DSPT_LAPSED, this.clock.instant());
		if (resumed > 0) {
			this.audit.record(AuditEntry.of("applications.resumed", "organisation", organisationId)
				.inOrganisation(organisationId)
				.summary("Resumed " + resumed + " application(s): a DSPT publication that counts was recorded"));
		}
		return resumed;
	}

	/**
	 * The organisations with an open application for any of the APIs, so staff see what
	 * concerns the applicants of their APIs.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> organisationsApplyingFor(Collection<String> apiIds) {
		if (apiIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				select distinct organisation_id from applications where api_id = any (?) and closed_at is null
				""").param(apiIds.toArray(String[]::new)).query(UUID.class).list());
	}

}
