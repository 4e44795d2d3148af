package digital.onboarding.radar.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import digital.onboarding.radar.Expiry;
import digital.onboarding.radar.ExpiryRadar;
import digital.onboarding.radar.Urgency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{organisationId}/expiries")
@Tag(name = "Expiries", description = "Everything of the organisation with an end date")
@SecurityRequirement(name = "accessToken")
class ExpiriesApi {

	private final ExpiryRadar radar;

	ExpiriesApi(ExpiryRadar radar) {
		this.radar = radar;
	}

	/**
	 * One thing with an end date, as the API shows it.
	 *
	 * @param kind e.g. {@code dspt}, {@code certificate}, {@code evidence}
	 * @param daysLeft 0 on the day it ends, negative once lapsed
	 * @param urgency LAPSED, WITHIN_7_DAYS, WITHIN_30_DAYS, WITHIN_90_DAYS or LATER
	 */
	record ExpiryItem(String key, String kind, String kindLabel, String title, LocalDate endsOn, long daysLeft,
			Urgency urgency, String path, String consequence) {

		static ExpiryItem of(Expiry expiry, LocalDate today) {
			return new ExpiryItem(expiry.key(), expiry.kind().id(), expiry.kind().label(), expiry.title(),
					expiry.endsOn(), expiry.daysLeft(today), expiry.urgency(today), expiry.path(),
					expiry.consequence());
		}

	}

	@GetMapping
	@Operation(summary = "The organisation's things with an end date (DSPT, certificates, evidence and more), "
			+ "soonest first, with how soon each ends")
	List<ExpiryItem> list(@PathVariable UUID organisationId,
			@Parameter(description = "Only this kind, e.g. dspt") @RequestParam(required = false) String kind) {
		var today = this.radar.today();
		return this.radar.forOrganisation(organisationId, kind)
			.stream()
			.map(expiry -> ExpiryItem.of(expiry, today))
			.toList();
	}

}
