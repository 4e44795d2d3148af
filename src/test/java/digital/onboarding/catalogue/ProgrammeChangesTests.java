package digital.onboarding.catalogue;

import java.util.List;

import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.ProgrammeChanges;
import digital.onboarding.catalogue.programme.ProgrammeChanges.Kind;
import digital.onboarding.catalogue.programme.ProgrammeChanges.QuestionChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing two versions of a programme question by question, as an application moving
 * between them needs: what is new, what changed and how, and what is gone.
 */
class ProgrammeChangesTests {

	private static final Catalogue CATALOGUE = new Catalogue();

	private static final String API = "national-imaging-registry";

	@Test
	void aVersionComparedWithItselfHasNoChanges() {
		var programme = CATALOGUE.programme(API).orElseThrow();
		assertThat(ProgrammeChanges.between(programme, programme).isEmpty()).isTrue();
	}

	@Test
	void changedRequirementTypeAndOptionsAndRemovedQuestionsAreTold() {
		var before = CATALOGUE.programme(API).orElseThrow();
		var text = ProgrammeText.asDraft(CATALOGUE.programmeText(API).orElseThrow())
			.replaceFirst("version: \"1.0\"", "version: \"1.1\"")
			.replaceFirst("(?s)            - id: product-module\n.*?(            - id: setup-version)", "$1")
			.replace("              required: false\n              prefill: contact.onboarding",
					"              prefill: contact.onboarding")
			.replaceFirst("(- id: service-desk-registered\n(?:.*\n){4})              type: yes-no",
					"$1              type: text");
		var after = read(text);

		var changes = ProgrammeChanges.between(before, after);

		assertThat(changes.fromVersion()).isEqualTo("1.0");
		assertThat(changes.toVersion()).isEqualTo("1.1");
		assertThat(changes.sections()).hasSize(1);
		var setup = changes.sections().get(0);
		assertThat(setup.sectionId()).isEqualTo("setup");
		assertThat(setup.questions()).containsExactly(
				new QuestionChange("onboarding-contact",
						"Who is your company's primary onboarding contact, if not the person above?", Kind.CHANGED,
						List.of("required")),
				new QuestionChange("service-desk-registered",
						"Have you registered contacts with the National IT Service Desk's customer support portal?",
						Kind.CHANGED, List.of("type", "options")),
				new QuestionChange("product-module",
						"Which module of the product integrates with the registry, if a separate one does?",
						Kind.REMOVED, List.of()));
		assertThat(setup.asksAgain()).isTrue();
		assertThat(setup.clearedQuestionIds()).containsExactlyInAnyOrder("onboarding-contact",
				"service-desk-registered", "product-module");
		assertThat(setup.newOrChangedQuestionIds()).containsExactlyInAnyOrder("onboarding-contact",
				"service-desk-registered");
	}

	@Test
	void aSectionThatOnlyLostAQuestionAsksNothingAgain() {
		var before = CATALOGUE.programme(API).orElseThrow();
		var after = read(ProgrammeText.asDraft(CATALOGUE.programmeText(API).orElseThrow())
			.replaceFirst("version: \"1.0\"", "version: \"1.1\"")
			.replaceFirst("(?s)            - id: product-module\n.*?(            - id: setup-version)", "$1"));

		var setup = ProgrammeChanges.between(before, after).sections().get(0);

		assertThat(setup.questions()).extracting(QuestionChange::kind).containsExactly(Kind.REMOVED);
		assertThat(setup.asksAgain()).isFalse();
		assertThat(setup.clearedQuestionIds()).containsExactly("product-module");
	}

	private static Programme read(String text) {
		var reading = ProgrammeText.read(API, text, "1.0", CATALOGUE.shared());
		assertThat(reading.problems()).isEmpty();
		return reading.programme();
	}

}
