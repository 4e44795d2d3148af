package digital.onboarding.catalogue;

import java.util.List;
import java.util.Set;

import digital.onboarding.catalogue.EnvironmentGates.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EnvironmentGatesTests {

	private final Catalogue catalogue = new Catalogue();

	@Test
	void theImagingRegistryNeedsACertificateAnAgreementAndACommissionThenTheLegalStageAndGo() {
		var gates = this.catalogue.get("national-imaging-registry").environments();
		assertThat(gates.integration().requires()).isEqualTo(
				Set.of(Requirement.TECHNICAL_CERTIFICATE, Requirement.CONNECTION_AGREEMENT, Requirement.COMMISSION));
		assertThat(gates.production().requires())
			.isEqualTo(Set.of(Requirement.GO_DECISION, Requirement.ACCEPTABLE_USE_POLICY));
		assertThat(gates.production().approvedStages()).containsExactly("legals");
		assertThat(gates.productionPerEndUserOrganisation()).isTrue();
		assertThat(gates.serviceEndpoints()).containsExactly("ITI-38", "ITI-39", "RAD-75");
	}

	@Test
	void theRecordLocatorNeedsStageFourForProduction() {
		var gates = this.catalogue.get("national-record-locator").environments();
		assertThat(gates.integration().requires()).isEmpty();
		assertThat(gates.production().approvedStages()).containsExactly("legals");
		assertThat(this.catalogue.programme("national-record-locator").orElseThrow().stages())
			.filteredOn(stage -> stage.id().equals("legals"))
			.singleElement()
			.satisfies(stage -> assertThat(stage.title()).startsWith("Stage 4"));
		assertThat(gates.productionPerEndUserOrganisation()).isFalse();
	}

	@Test
	void aFileWithoutTheBlockNeedsEveryStageForProduction() {
		var gates = this.catalogue.get("nhs-login").environments();
		assertThat(gates).isEqualTo(EnvironmentGates.DEFAULT);
		assertThat(gates.production().everyStage()).isTrue();
	}

	@Test
	void everyMistakeInTheBlockIsReportedWithItsPath() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:programmes-environments/"));
		var file = "programmes-environments/gates.yaml: api.environments.";
		assertThat(failure.problems()).containsExactlyInAnyOrderElementsOf(List.of(
				file + "staging: is not a known field; the known fields are integration, production, serviceEndpoints",
				file + "integration.requires[1]: must be one of technical-certificate, connection-agreement, commission, "
						+ "go-decision, acceptable-use-policy",
				file + "production.requires[1]: go-decision is listed twice",
				file + "integration.requires: go-decision belongs to production, which it makes per end user organisation",
				file + "serviceEndpoints[1]: must name an IHE transaction like ITI-38",
				"programmes-environments/stages.yaml: api.environments.production.approvedStages[1]: names no stage "
						+ "of the programme: legals"));
	}

}
