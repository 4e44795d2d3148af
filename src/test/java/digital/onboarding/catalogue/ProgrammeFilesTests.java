package digital.onboarding.catalogue;

import digital.onboarding.catalogue.programme.Condition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProgrammeFilesTests {

	private static final String FILES = "programmes-broken/";

	@Test
	void everyProblemInEveryFileIsReportedAtOnceWithItsFileAndPath() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:" + FILES));

		var known = "is not a known field; the known fields are ";
		var apiFields = "id, name, summary, description, status, connectionTypes, hcid, environments";
		assertThat(failure.problems()).hasSize(19);
		assertThat(failure.problems()).startsWith(
				FILES + "b-same-id.yaml: api.id: imaging is already the id of the API in " + FILES + "a-valid.yaml",
				FILES + "c-missing-and-unknown.yaml: programm: " + known + "api, programme",
				FILES + "c-missing-and-unknown.yaml: api.sumary: " + known + apiFields,
				FILES + "c-missing-and-unknown.yaml: api.id: must be a lower-case slug of at most 64 letters, "
						+ "digits and single hyphens, like national-imaging-registry",
				FILES + "c-missing-and-unknown.yaml: api.name: is required",
				FILES + "c-missing-and-unknown.yaml: api.summary: is required",
				FILES + "c-missing-and-unknown.yaml: api.status: must be one of alpha, beta, live, deprecated",
				FILES + "c-missing-and-unknown.yaml: api.connectionTypes: must list at least one of provider, consumer",
				FILES + "d-wrong-kinds.yaml: api.programmeVersion: " + known + apiFields,
				FILES + "d-wrong-kinds.yaml: api.name: must be text",
				FILES + "d-wrong-kinds.yaml: api.summary: is required",
				FILES + "d-wrong-kinds.yaml: api.description: must not be blank; leave it out instead",
				FILES + "d-wrong-kinds.yaml: api.status: is required",
				FILES + "d-wrong-kinds.yaml: api.connectionTypes[1]: must be one of provider, consumer",
				FILES + "d-wrong-kinds.yaml: api.connectionTypes[2]: provider is listed twice");
		assertThat(failure.problems().get(15)).startsWith(FILES + "e-not-yaml.yaml: line 4, column 1: not valid YAML:");
		assertThat(failure.problems()).endsWith(FILES + "f-list.yaml: must be a mapping with an api block",
				FILES + "g-no-api.yaml: must be a mapping with an api block",
				FILES + "h-scalar-types.yaml: api.connectionTypes: must be a list of provider, consumer");
		assertThat(failure).hasMessageStartingWith("19 problems in the programme files:\n  " + FILES + "b-same-id");
	}

	@Test
	void valuesThatLookLikeNumbersOrBooleansStayText() {
		var files = ProgrammeFiles.read("classpath:programmes-text/");
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.api().name()).isEqualTo("no");
			assertThat(file.api().programmeVersion()).isEqualTo("3.10");
			assertThat(file.programme().rules()).singleElement()
				.satisfies(rule -> assertThat(rule.when()).isEqualTo(new Condition.Equals("norwegian", "no")));
		});
	}

	@Test
	void anEmptyFolderIsAProblemToo() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:no-such-folder/"));
		assertThat(failure.problems()).containsExactly("no-such-folder/: holds no programme files (*.yaml)");
	}

	@Test
	void nothingInAFileIsConstructedOrEvaluated() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:programmes-tagged/"));
		assertThat(failure.problems()).singleElement()
			.asString()
			.startsWith("programmes-tagged/object.yaml: line 3, column 9: not valid YAML:");
	}

}
