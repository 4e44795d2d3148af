package digital.onboarding.catalogue.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.Rule;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.Stage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A programme as the JSON API shows it, with types, outcomes and conditions written as in
 * the programme files.
 */
@Schema(name = "Programme", description = "An API's onboarding programme: stages, sections, questions and rules")
record ProgrammeDocument(@Schema(example = "national-imaging-registry") String apiId,
		@Schema(example = "1.0") String version,
		@Schema(nullable = true, description = "Absent while the version is a draft") LocalDate published,
		@Schema(allowableValues = {
				"single", "four-eyes" }) String review,
		int turnaroundWorkingDays, Gates gates, List<StageDocument> stages, List<RuleDocument> rules){

	static ProgrammeDocument of(Programme programme) {
		var gates = programme.gates();
		return new ProgrammeDocument(programme.apiId(), programme.version(), programme.published(),
				programme.review().value(), programme.turnaroundWorkingDays(),
				new Gates(gates.eligibilitySections(), gates.waitsFor(), gates.draftingAhead()),
				programme.stages().stream().map(StageDocument::of).toList(),
				programme.rules().stream().map(RuleDocument::of).toList());
	}

	record Gates(List<String> eligibilitySections, Map<String, List<String>> waitsFor, boolean draftingAhead) {

	}

	record StageDocument(String id, String title, String summary, List<SectionDocument> sections) {

		static StageDocument of(Stage stage) {
			return new StageDocument(stage.id(), stage.title(), stage.summary(),
					stage.sections().stream().map(SectionDocument::of).toList());
		}

	}

	record SectionDocument(String id, String title, boolean shared, String review, String summary, String helpAndTips,
			String guidance, String whatHappensNext, List<QuestionDocument> questions) {

		static SectionDocument of(Section section) {
			return new SectionDocument(section.id(), section.title(), section.shared(), section.review().value(),
					section.summary(), section.helpAndTips(), section.guidance(), section.whatHappensNext(),
					section.questions().stream().map(QuestionDocument::of).toList());
		}

	}

	record QuestionDocument(String id, String reference, String label, @Schema(example = "single-choice") String type,
			boolean required, String hint, String supportingInformation, List<Option> options, Integer maxLength,
			@Schema(description = "The condition under which the question is shown, as in the programme file") Map<String, Object> showWhen,
			@Schema(example = "organisation.odsCode") String prefill, List<QuestionDocument> questions,
			Integer maxMegabytes) {

		static QuestionDocument of(Question question) {
			return new QuestionDocument(question.id(), question.reference(), question.label(), question.type().value(),
					question.required(), question.hint(), question.supportingInformation(), question.options(),
					question.textLimit(), question.showWhen() == null ? null : question.showWhen().toData(),
					question.prefill() == null ? null : question.prefill().value(),
					question.questions().stream().map(QuestionDocument::of).toList(),
					question.evidence() == null ? null : question.evidence().maxMegabytes());
		}

	}

	record RuleDocument(@Schema(example = "R-dspt-status") String id, @Schema(allowableValues = {
			"hard-stop", "scrutiny-flag", "automatic-rejection", "pause" }) String outcome, String message,
			Map<String, Object> when){

		static RuleDocument of(Rule rule) {
			return new RuleDocument(rule.id(), rule.outcome().value(), rule.message(), rule.when().toData());
		}

	}

}
