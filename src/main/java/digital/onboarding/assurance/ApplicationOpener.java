package digital.onboarding.assurance;

import java.time.Clock;
import java.util.List;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.product.ApisChosen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens an application for each API a product version is to use, in the same transaction
 * as the choice, so a version never uses an API without an application for it.
 */
@Component
class ApplicationOpener {

	private final Applications applications;

	private final Catalogue catalogue;

	private final Clock clock;

	ApplicationOpener(Applications applications, Catalogue catalogue, Clock clock) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@EventListener
	void on(ApisChosen chosen) {
		var now = this.clock.instant();
		for (var apiId : chosen.apiIds()) {
			this.catalogue.programme(apiId)
				.ifPresent(programme -> this.applications.open(chosen.organisationId(), chosen.versionId(), apiId,
						programme.version(), now));
		}
		this.applications.closeAllBut(chosen.versionId(), List.copyOf(chosen.apiIds()), now);
	}

}
