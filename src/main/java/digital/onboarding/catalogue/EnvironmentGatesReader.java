package digital.onboarding.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.EnvironmentGates.Gate;
import digital.onboarding.catalogue.EnvironmentGates.Requirement;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.Stage;

/**
 * Reads the {@code environments} block of a programme file's {@code api} block:
 *
 * <pre>
 * environments:
 *   integration:
 *     requires: [technical-certificate, connection-agreement, commission]
 *   production:
 *     requires: [go-decision]
 *     approvedStages: [legals]
 *   serviceEndpoints: [ITI-38, ITI-39, RAD-75]
 * </pre>
 *
 * It sits in the {@code api} block so that adding it leaves the published programme's
 * fingerprint as it was.
 */
final class EnvironmentGatesReader {

	static final String FIELD = "environments";

	private static final String REQUIREMENTS = Arrays.stream(Requirement.values())
		.map(Requirement::value)
		.collect(Collectors.joining(", "));

	private static final Pattern TRANSACTION = Pattern.compile("[A-Z]+-[0-9]+");

	private EnvironmentGatesReader() {
	}

	/**
	 * The gates, {@link EnvironmentGates#DEFAULT} without the block; null on problems.
	 */
	static EnvironmentGates read(YamlMap api) {
		var block = api.map(FIELD, false);
		if (block == null) {
			return api.has(FIELD) ? null : EnvironmentGates.DEFAULT;
		}
		block.allowOnly(List.of("integration", "production", "serviceEndpoints"));
		var integration = gate(block, "integration", EnvironmentGates.DEFAULT.integration());
		var production = gate(block, "production", EnvironmentGates.DEFAULT.production());
		if (integration != null) {
			for (var perEndUserOrganisation : List.of(Requirement.GO_DECISION, Requirement.ACCEPTABLE_USE_POLICY)) {
				if (integration.requires().contains(perEndUserOrganisation)) {
					block.problem("integration.requires", perEndUserOrganisation.value()
							+ " belongs to production, which it makes per end user organisation");
				}
			}
		}
		var endpoints = block.texts("serviceEndpoints", false);
		for (int i = 0; i < endpoints.size(); i++) {
			if (!TRANSACTION.matcher(endpoints.get(i)).matches()) {
				block.problem("serviceEndpoints[" + i + "]", "must name an IHE transaction like ITI-38");
			}
		}
		return integration == null || production == null ? null
				: new EnvironmentGates(integration, production, endpoints);
	}

	/** Reports stages the gates name that the programme does not have. */
	static void checkStages(YamlMap api, EnvironmentGates gates, Programme programme) {
		var stageIds = programme.stages().stream().map(Stage::id).collect(Collectors.toSet());
		check(api, "integration", gates.integration(), stageIds);
		check(api, "production", gates.production(), stageIds);
	}

	private static void check(YamlMap api, String environment, Gate gate, Set<String> stageIds) {
		for (int i = 0; i < gate.approvedStages().size(); i++) {
			var stageId = gate.approvedStages().get(i);
			if (!stageIds.contains(stageId)) {
				api.problem(FIELD + "." + environment + ".approvedStages[" + i + "]",
						"names no stage of the programme: " + stageId);
			}
		}
	}

	private static Gate gate(YamlMap block, String environment, Gate fallback) {
		var map = block.map(environment, false);
		if (map == null) {
			return block.has(environment) ? null : fallback;
		}
		map.allowOnly(List.of("requires", "approvedStages"));
		var requires = EnumSet.noneOf(Requirement.class);
		var items = map.texts("requires", false);
		for (int i = 0; i < items.size(); i++) {
			var requirement = Requirement.of(items.get(i));
			if (requirement.isEmpty()) {
				map.problem("requires[" + i + "]", "must be one of " + REQUIREMENTS);
			}
			else if (!requires.add(requirement.get())) {
				map.problem("requires[" + i + "]", items.get(i) + " is listed twice");
			}
		}
		var stages = map.texts("approvedStages", false);
		for (int i = 0; i < stages.size(); i++) {
			if (!ApiEntryReader.isId(stages.get(i))) {
				map.problem("approvedStages[" + i + "]", "must be a stage id");
			}
		}
		return new Gate(requires, stages, false);
	}

}
