package digital.onboarding.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A programme's mistakes, each reported with its file and path, all at once.
 */
class ProgrammeValidationTests {

	private static final String BROKEN = "programmes-broken-programme/";

	private static final String FILE = BROKEN + "imaging.yaml: programme.";

	@Test
	void everyMistakeInAProgrammeIsReportedAtOnceWithItsFileAndPath() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:" + BROKEN));

		assertThat(failure.problems()).containsExactly(
				BROKEN + "shared/sections.yaml: sections[0].questions[1].showWhen: "
						+ "maybe is not an option of has-ods-code; its options are yes, no",
				FILE + "stages[0].sections[1].shared: "
						+ "no shared section has the id eligibility-product; the shared sections are eligibility",
				FILE + "stages[1].sections[0].id: eligibility is the id of a shared section, defined once in "
						+ "shared/sections.yaml; include it with shared: eligibility",
				FILE + "stages[1].sections[0].questions[0].type: must be one of text, long-text, yes-no, "
						+ "single-choice, multiple-choice, date, email, person, repeatable-group, ods-code, version, "
						+ "url, ip-addresses, x509-certificate, hcid, file",
				FILE + "stages[1].sections[1].questions[1].id: "
						+ "role is already the id of the question at programme.stages[1].sections[1].questions[0]",
				FILE + "stages[1].sections[1].questions[3].prefill: "
						+ "organisation.odsCode fills ods-code questions, not text ones",
				FILE + "gates.waitsFor.technical[1]: no stage has the id paperwork",
				FILE + "rules[0].message: is required",
				FILE + "rules[1].id: R-complete is a rule the service carries out itself; choose another id",
				FILE + "stages[1].sections[1].questions[2].showWhen: "
						+ "supplier is not an option of role; its options are data-processor, data-controller",
				FILE + "stages[1].sections[1].questions[3].showWhen: "
						+ "connection is asked after this question; a question can depend only on questions before it",
				FILE + "rules[1].when: no question has the id no-such-question");
	}

	@Test
	void aPublishedVersionCannotChangeOrBecomeADraftAgain() {
		var failure = catchThrowableOfType(InvalidProgrammeFilesException.class,
				() -> ProgrammeFiles.read("classpath:programmes-published/"));

		var folder = "programmes-published/";
		assertThat(failure.problems()).hasSize(4);
		assertThat(failure.problems()).startsWith(folder + "published.lock: line 6: must be: api-id version sha-256",
				folder + "changed.yaml: programme.version: version 2.0 was published with other content "
						+ "(published.lock); publish the change as a new version, or undo it",
				folder + "draft.yaml: programme.version: version 2.0 is already published (published.lock); "
						+ "give a changed programme a new version");
		assertThat(failure.problems().get(3)).matches(folder + "unlocked.yaml: programme.published: version 2.0 is "
				+ "published, so published.lock must list it; add the line: unlocked 2.0 [0-9a-f]{64}");
	}

	@Test
	void theFingerprintIgnoresLayoutAndKeyOrderButNotContent() {
		var shared = Map.<String, Object>of();
		var programme = Map.of("version", "1.0", "stages", List.of("a", "b"));
		var reordered = new LinkedHashMap<String, Object>();
		reordered.put("stages", List.of("a", "b"));
		reordered.put("version", "1.0");
		var changed = Map.of("version", "1.0", "stages", List.of("b", "a"));

		assertThat(ProgrammeFingerprint.of(reordered, shared::get))
			.isEqualTo(ProgrammeFingerprint.of(programme, shared::get))
			.isNotEqualTo(ProgrammeFingerprint.of(changed, shared::get));
	}

	@Test
	void theServiceDoesNotStartWhileAProgrammeFileHasProblems() {
		new ApplicationContextRunner().withBean(Catalogue.class, () -> new Catalogue("classpath:" + BROKEN))
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidProgrammeFilesException.class)
				.hasMessageStartingWith("12 problems in the programme files:\n  " + BROKEN)
				.hasMessageContaining("rules[0].message: is required")
				.hasMessageContaining("gates.waitsFor.technical[1]: no stage has the id paperwork"));
	}

}
