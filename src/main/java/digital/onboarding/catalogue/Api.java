package digital.onboarding.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An entry in the API catalogue.
 *
 * @param id the API's lower-case slug, e.g. {@code national-imaging-registry}
 * @param name the API's name as people know it
 * @param summary one or two sentences on what the API is for
 * @param description a paragraph for the API's own page; {@code null} if the programme
 * file has none
 * @param status where the API is in its life
 * @param connectionTypes the ways a product can connect, in the order of
 * {@link ConnectionType}; never empty
 * @param programmeVersion the version of the API's onboarding programme; {@code null} if
 * the programme file has none
 * @param hcidRequired whether an end user organisation commissioning a product for the
 * API gives its Home Community ID ({@code hcid: required} in the file)
 * @param environments what integration and production access need
 */
public record Api(String id, String name, String summary, String description, ApiStatus status,
		List<ConnectionType> connectionTypes, String programmeVersion, boolean hcidRequired,
		EnvironmentGates environments) {

	public Api {
		connectionTypes = List.copyOf(connectionTypes);
	}

	/** The same entry with applications starting on another version of its programme. */
	public Api withProgrammeVersion(String version) {
		return new Api(this.id, this.name, this.summary, this.description, this.status, this.connectionTypes, version,
				this.hcidRequired, this.environments);
	}

	/** An API whose environments need what they need by default. */
	public Api(String id, String name, String summary, String description, ApiStatus status,
			List<ConnectionType> connectionTypes, String programmeVersion, boolean hcidRequired) {
		this(id, name, summary, description, status, connectionTypes, programmeVersion, hcidRequired,
				EnvironmentGates.DEFAULT);
	}

	public boolean acceptsNewApplications() {
		return this.status.acceptsNewApplications();
	}

	/** "Provider", "Consumer", or "Provider and consumer" for an API offering both. */
	public String connectionTypesLabel() {
		var labels = this.connectionTypes.stream().map(ConnectionType::label).collect(Collectors.joining(" and "));
		return labels.charAt(0) + labels.substring(1).toLowerCase(Locale.ROOT);
	}

}
