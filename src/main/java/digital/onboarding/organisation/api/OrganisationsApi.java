package digital.onboarding.organisation.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import digital.onboarding.organisation.Dspt;
import digital.onboarding.organisation.DsptStatus;
import digital.onboarding.organisation.MyOrganisation;
import digital.onboarding.organisation.Organisation;
import digital.onboarding.organisation.OrganisationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisation a token acts for")
@SecurityRequirement(name = "accessToken")
class OrganisationsApi {

	private final OrganisationManagement organisations;

	OrganisationsApi(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "The organisations the caller may act for: with a token, just its organisation")
	List<MyOrganisation> list() {
		return this.organisations.mine();
	}

	@GetMapping("/{organisationId}")
	@Operation(summary = "One organisation, with its DSPT status and publication date once given")
	Organisation get(@PathVariable UUID organisationId) {
		return this.organisations.get(organisationId);
	}

	/**
	 * @param status one of the values of the programmes' {@code dspt-status} question
	 * @param version the organisation's version as read
	 */
	record DsptChange(String status, LocalDate published, Integer version) {
	}

	@PutMapping("/{organisationId}/dspt")
	@Operation(summary = "Record the organisation's DSPT status (standards-exceeded, standards-met, "
			+ "approaching-standards, standards-not-met or lapsed) and its publication date (owners and admins)")
	Organisation changeDspt(@PathVariable UUID organisationId, @RequestBody DsptChange change) {
		var status = change.status() == null ? null
				: DsptStatus.fromValue(change.status())
					.orElseThrow(() -> new IllegalArgumentException("The DSPT status must be one of "
							+ Arrays.stream(DsptStatus.values()).map(DsptStatus::value).toList()));
		return this.organisations.changeDspt(organisationId, change.version() == null ? -1 : change.version(),
				new Dspt(status, change.published()));
	}

}
