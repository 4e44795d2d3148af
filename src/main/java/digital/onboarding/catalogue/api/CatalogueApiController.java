package digital.onboarding.catalogue.api;

import java.util.List;

import digital.onboarding.catalogue.Catalogue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API catalogue as JSON, public like its pages.
 */
@RestController
@RequestMapping("/api/v1/apis")
@Tag(name = "API catalogue", description = "The national APIs this service onboards products for")
class CatalogueApiController {

	private final Catalogue catalogue;

	CatalogueApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "List every API", description = "Deprecated APIs included, alphabetically by name.")
	List<CatalogueEntry> apis() {
		return this.catalogue.all().stream().map(this.catalogue::withCurrentProgramme).map(CatalogueEntry::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one API by its id")
	@ApiResponse(responseCode = "200", description = "The API")
	@ApiResponse(responseCode = "404", description = "No API has this id")
	CatalogueEntry api(@PathVariable String id) {
		return CatalogueEntry.of(this.catalogue.withCurrentProgramme(this.catalogue.get(id)));
	}

}
