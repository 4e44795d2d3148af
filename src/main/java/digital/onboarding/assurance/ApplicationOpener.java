package digital.onboarding.assurance;

import java.time.Clock;
import java.util.List;

import digital.onboarding.audit.AuditEntry;
import digital.onboarding.audit.AuditTrail;
import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.organisation.OrganisationAccess;
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

	private final AuditTrail audit;

	private final OrganisationAccess access;

	private final OrganisationPauses pauses;

	private final Clock clock;

	ApplicationOpener(Applications applications, Catalogue catalogue, AuditTrail audit, OrganisationAccess access,
			OrganisationPauses pauses, Clock clock) {
		this.applications = applications;
		this.catalogue = catalogue;
		this.audit = audit;
		this.access = access;
		this.pauses = pauses;
		this.clock = clock;
	}

	@EventListener
	void on(ApisChosen chosen) {
		var now = this.clock.instant();
		var opened = false;
		for (var apiId : chosen.apiIds().stream().sorted().toList()) {
			var programme = this.catalogue.programme(apiId);
			if (programme.isPresent() && this.applications.open(chosen.organisationId(), chosen.versionId(), apiId,
					programme.get().version(), now)) {
				record(chosen, "application.opened",
						"Opened the application for " + apiId + " on programme version " + programme.get().version());
				opened = true;
			}
		}
		if (opened) {
			this.pauses.pauseIfDsptDoesNotCount(chosen.organisationId());
		}
		for (var apiId : this.applications.closeAllBut(chosen.versionId(), List.copyOf(chosen.apiIds()), now)) {
			record(chosen, "application.closed", "Closed the application for " + apiId + "; its answers are kept");
		}
	}

	private void record(ApisChosen chosen, String action, String summary) {
		this.audit.record(AuditEntry.of(action, "product-version", chosen.versionId())
			.by(this.access.currentAccountId())
			.inOrganisation(chosen.organisationId())
			.summary(summary));
	}

}
