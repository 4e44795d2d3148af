package digital.onboarding.catalogue.api;

import java.util.List;

import digital.onboarding.catalogue.Api;
import digital.onboarding.catalogue.ConnectionType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An API as the JSON API shows it, with status and connection types written as in the
 * programme files.
 */
@Schema(name = "Api", description = "An API in the catalogue")
record CatalogueEntry(@Schema(example = "national-imaging-registry") String id,
		@Schema(example = "National Imaging Registry") String name, String summary,
		@Schema(nullable = true) String description, @Schema(allowableValues = {
				"alpha", "beta", "live", "deprecated" }) String status,
		@Schema(description = "Whether new applications may be started; false once the API is deprecated") boolean acceptsNewApplications,
		@Schema(description = "provider, consumer or both") List<String> connectionTypes,
		@Schema(nullable = true, example = "1.0") String programmeVersion){

	static CatalogueEntry of(Api api) {
		return new CatalogueEntry(api.id(), api.name(), api.summary(), api.description(), api.status().value(),
				api.acceptsNewApplications(), api.connectionTypes().stream().map(ConnectionType::value).toList(),
				api.programmeVersion());
	}

}
