package digital.onboarding.radar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import digital.onboarding.commissioning.Commission;
import digital.onboarding.commissioning.Commissioning;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Commissions given an end date by their end user organisation. Both sides are warned:
 * the organisation that commissioned the product and the supplier that provides it. The
 * commissioning module ends a commission once its end date has passed, so nothing more
 * happens here when one lapses.
 */
@Component
@Order(5)
class CommissionSource implements ExpirySource {

	static final ExpiryKind KIND = new ExpiryKind("commission", "Commission");

	/** Every open commission has an end date before this, if it has one at all. */
	private static final LocalDate ANY_END_DATE = LocalDate.of(9999, 12, 31);

	private final Commissioning commissioning;

	CommissionSource(Commissioning commissioning) {
		this.commissioning = commissioning;
	}

	@Override
	public ExpiryKind kind() {
		return KIND;
	}

	@Override
	public List<Expiry> all() {
		return this.commissioning.endingOnOrBefore(ANY_END_DATE)
			.stream()
			.filter(commission -> commission.state().isOpen())
			.flatMap(CommissionSource::bothSides)
			.toList();
	}

	private static Stream<Expiry> bothSides(Commission commission) {
		// The end date is the commission's last day; the radar counts to the first day
		// it no longer counts.
		var endsOn = commission.endsOn().plusDays(1);
		var title = commission.productName() + " " + commission.versionNumber() + " commissioned by "
				+ commission.endUserOrganisationName() + " from " + commission.supplierOrganisationName();
		var consequence = "The commission ends: the product version no longer serves this organisation.";
		return Stream.of(
				new Expiry("commission:" + commission.id() + ":end-user-organisation",
						commission.endUserOrganisationId(), commission.endUserOrganisationName(), KIND, title, endsOn,
						"/organisations/" + commission.endUserOrganisationId() + "/commissions/" + commission.id(),
						consequence, null),
				new Expiry("commission:" + commission.id() + ":supplier", commission.supplierOrganisationId(),
						commission.supplierOrganisationName(), KIND, title, endsOn,
						"/organisations/" + commission.supplierOrganisationId() + "/commissions/" + commission.id(),
						consequence, null));
	}

}
