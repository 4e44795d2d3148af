package digital.onboarding;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the modules apart: each is a top-level package that others use only through its
 * API, with no cycles between them. Also draws the module diagram kept in
 * {@code docs/modules}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OnboardingApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApis() {
		this.modules.verify();
	}

	@Test
	void everyModuleSaysWhatItIsFor() {
		this.modules.forEach(module -> assertThat(OnboardingApplication.class.getClassLoader()
			.getResource(module.getBasePackage().getName().replace('.', '/') + "/package-info.class"))
			.as("%s has a package-info.java", module.getDisplayName())
			.isNotNull());
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
