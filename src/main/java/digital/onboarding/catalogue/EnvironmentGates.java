package digital.onboarding.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a product version needs before it gets access to an API's integration and
 * production environments, from the {@code environments} block of the programme file's
 * {@code api} block. Sandbox access needs only an application for the API.
 *
 * @param integration what integration access needs
 * @param production what production access needs
 * @param serviceEndpoints the IHE transactions (such as {@code ITI-38}) for which a
 * responding gateway gives its service endpoint; empty if none
 */
public record EnvironmentGates(Gate integration, Gate production, List<String> serviceEndpoints) {

	public EnvironmentGates {
		serviceEndpoints = List.copyOf(serviceEndpoints);
	}

	/**
	 * For a file without the block: integration once there is an application, production
	 * once every stage of the programme is approved.
	 */
	public static final EnvironmentGates DEFAULT = new EnvironmentGates(new Gate(Set.of(), List.of(), false),
			new Gate(Set.of(), List.of(), true), List.of());

	/**
	 * Whether production access is given per end user organisation that commissioned the
	 * version.
	 */
	public boolean productionPerEndUserOrganisation() {
		return this.production.requires().contains(Requirement.GO_DECISION);
	}

	/**
	 * One environment's gate.
	 *
	 * @param requires the things the version must have, beyond approved stages
	 * @param approvedStages the ids of the programme's stages that must be approved
	 * @param everyStage whether every stage of the programme must be approved instead
	 */
	public record Gate(Set<Requirement> requires, List<String> approvedStages, boolean everyStage) {

		public Gate {
			requires = Set.copyOf(requires);
			approvedStages = List.copyOf(approvedStages);
		}

	}

	/** Things a gate may require, as the files name them. */
	public enum Requirement {

		/** A valid technical conformance certificate for the version and API. */
		TECHNICAL_CERTIFICATE("technical-certificate"),

		/** An active connection agreement covering the version and API. */
		CONNECTION_AGREEMENT("connection-agreement"),

		/**
		 * A commission by an end user organisation that the supplier accepted (or one
		 * further on), with its HCID.
		 */
		COMMISSION("commission"),

		/**
		 * A go decision by the end user organisation production access is for; production
		 * access is then given per end user organisation.
		 */
		GO_DECISION("go-decision"),

		/**
		 * The acceptable use policy accepted by the end user organisation production
		 * access is for.
		 */
		ACCEPTABLE_USE_POLICY("acceptable-use-policy");

		private final String value;

		Requirement(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

		static Optional<Requirement> of(String value) {
			for (var requirement : values()) {
				if (requirement.value.equals(value)) {
					return Optional.of(requirement);
				}
			}
			return Optional.empty();
		}

	}

}
