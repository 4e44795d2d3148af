package digital.onboarding.organisation.api;

import java.util.List;
import java.util.UUID;

import digital.onboarding.organisation.MyOrganisation;
import digital.onboarding.organisation.Organisation;
import digital.onboarding.organisation.OrganisationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
	@Operation(summary = "One organisation")
	Organisation get(@PathVariable UUID organisationId) {
		return this.organisations.get(organisationId);
	}

}
