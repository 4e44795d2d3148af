package digital.onboarding.radar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import digital.onboarding.assurance.OrganisationPauses;
import digital.onboarding.organisation.ContactKind;
import digital.onboarding.organisation.DsptRecorded;
import digital.onboarding.organisation.DsptStatus;
import digital.onboarding.organisation.Organisation;
import digital.onboarding.organisation.OrganisationManagement;
import digital.onboarding.platform.England;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Organisations' DSPT publications, which count for 12 months. When one lapses, the
 * organisation's applications are paused until it records a publication that counts.
 */
@Component
@Order(1)
class DsptSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("dspt", "DSPT publication");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final OrganisationManagement organisations;

	private final OrganisationPauses pauses;

	private final Clock clock;

	DsptSource(OrganisationManagement organisations, OrganisationPauses pauses, Clock clock) {
		this.organisations = organisations;
		this.pauses = pauses;
		this.clock = clock;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		return this.organisations.withDsptForService().stream().map(DsptSource::expiry).toList();
	}

	@Override
	public List<Expiry> of(UUID organisationId) {
		var organisation = this.organisations.getForService(organisationId);
		return organisation.dspt().isPresent() ? List.of(expiry(organisation)) : List.of();
	}

	@Override
	public void lapsed(Expiry expiry, LocalDate day) {
		this.pauses.pauseForLapsedDspt(expiry.organisationId(), expiry.endsOn());
	}

	/**
	 * In the transaction that records the new details, so the applications resume or
	 * pause with them. A status of lapsed pauses at once rather than at the end date, and
	 * never resumes applications paused before.
	 */
	@EventListener
	void on(DsptRecorded recorded) {
		var today = LocalDate.now(this.clock.withZone(England.TIME_ZONE));
		if (recorded.dspt().countsOn(today)) {
			this.pauses.resumeAfterDsptRenewal(recorded.organisationId());
		}
		else if (recorded.dspt().status() == DsptStatus.LAPSED) {
			this.pauses.pauseForLapsedDspt(recorded.organisationId(), today);
		}
	}

	private static Expiry expiry(Organisation organisation) {
		var dspt = organisation.dspt().orElseThrow();
		return new Expiry("dspt:" + organisation.id(), organisation.id(), organisation.legalName(), KIND,
				"DSPT " + dspt.status().label() + ", published " + DAY.format(dspt.published()), dspt.endsOn(),
				"/organisations/" + organisation.id(),
				"Your organisation's applications will be paused until you record a newer publication.",
				ContactKind.IG_LEAD);
	}

}
