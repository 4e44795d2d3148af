package digital.onboarding.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import digital.onboarding.catalogue.EnvironmentGates.Gate;
import digital.onboarding.catalogue.EnvironmentGates.Requirement;
import digital.onboarding.catalogue.programme.Stage;

/**
 * What a product version still lacks for access to an environment of an API, each thing
 * said so that the supplier knows what to do. Empty when the gate is met.
 */
final class AccessGatePolicy {

	/**
	 * What is known of the version.
	 *
	 * @param stages the programme's stages, in order
	 * @param approvedSections the ids of the version's approved sections for the API
	 * @param commissions the version's commissions for the API
	 * @param forCommission the commission production access is asked for, if any
	 * @param hcidRequired whether the API needs the end user organisation's HCID
	 */
	record Facts(String apiName, boolean hasApplication, boolean hasValidCertificate, boolean agreementInForce,
			List<Stage> stages, Set<String> approvedSections, List<CommissionFacts> commissions,
			CommissionFacts forCommission, boolean hcidRequired) {
	}

	private AccessGatePolicy() {
	}

	static List<String> missingForSandbox(Facts facts) {
		if (!facts.hasApplication()) {
			return List.of("an application for " + facts.apiName() + " for this version: choose the API for the "
					+ "version on the product's page");
		}
		return List.of();
	}

	static List<String> missing(Gate gate, boolean production, Facts facts) {
		var missing = new ArrayList<>(missingForSandbox(facts));
		var requires = gate.requires();
		if (requires.contains(Requirement.TECHNICAL_CERTIFICATE) && !facts.hasValidCertificate()) {
			missing.add("a valid technical conformance certificate for this version and " + facts.apiName());
		}
		if (requires.contains(Requirement.CONNECTION_AGREEMENT) && !facts.agreementInForce()) {
			missing.add("an active connection agreement covering this version and " + facts.apiName()
					+ ", accepted by your legal signatory");
		}
		if (requires.contains(Requirement.COMMISSION)) {
			var commission = production && facts.forCommission() != null ? List.of(facts.forCommission())
					: facts.commissions();
			var accepted = commission.stream().filter(CommissionFacts::isAcceptedOrLater).toList();
			if (accepted.isEmpty()) {
				missing.add("a commission from an end user organisation that you have accepted");
			}
			else if (facts.hcidRequired() && accepted.stream().noneMatch(CommissionFacts::hasHcid)) {
				missing.add("the commissioning end user organisation's Home Community ID (HCID)");
			}
		}
		if (requires.contains(Requirement.GO_DECISION)) {
			if (facts.forCommission() == null) {
				missing.add("the end user organisation production access is for: choose one that commissioned "
						+ "this version");
			}
			else if (!facts.forCommission().isGo()) {
				missing.add("a go decision from " + facts.forCommission().endUserOrganisationName());
			}
		}
		if (requires.contains(Requirement.ACCEPTABLE_USE_POLICY) && facts.forCommission() != null
				&& !facts.forCommission().acceptableUseInForce()) {
			missing.add(facts.forCommission().endUserOrganisationName()
					+ "'s acceptance of the acceptable use policy, by its legal signatory");
		}
		for (var stage : facts.stages()) {
			if (!(gate.everyStage() || gate.approvedStages().contains(stage.id()))) {
				continue;
			}
			var approved = stage.sections()
				.stream()
				.allMatch(section -> facts.approvedSections().contains(section.id()));
			if (!approved) {
				missing.add("approval of every section of \"" + stage.title() + "\"");
			}
		}
		return missing;
	}

}
