package digital.onboarding.catalogue.api;

import digital.onboarding.catalogue.Catalogue;
import digital.onboarding.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding programmes as JSON, public like the catalogue, so anyone can see what an API
 * will ask before applying.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Onboarding programmes", description = "What each API's onboarding asks, and the rules it applies")
class ProgrammeApiController {

	private final Catalogue catalogue;

	ProgrammeApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/{apiId}")
	@Operation(summary = "Get the current version of an API's onboarding programme")
	@ApiResponse(responseCode = "200", description = "The programme")
	@ApiResponse(responseCode = "404", description = "No API has this id, or its programme is not written yet")
	ProgrammeDocument programme(@PathVariable String apiId) {
		return this.catalogue.programme(apiId)
			.map(ProgrammeDocument::of)
			.orElseThrow(() -> new NotFoundException("Onboarding programme for " + apiId));
	}

}
