package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of an API's onboarding programme, as its file defines it, shared sections
 * included where the programme uses them. Immutable, and once published never changed
 * under the same version.
 *
 * @param apiId the API it onboards for
 * @param version e.g. {@code 1.0}
 * @param published when this version was published; {@code null} for a draft
 * @param review how sections are decided unless a section says otherwise
 * @param turnaroundWorkingDays the target for deciding a submitted section
 * @param gates when sections may be submitted
 * @param stages in order
 * @param rules the guardrails raised on answers
 */
public record Programme(String apiId, String version, LocalDate published, ReviewPolicy review,
		int turnaroundWorkingDays, GatePolicy gates, List<Stage> stages, List<Rule> rules) {

	public Programme {
		stages = List.copyOf(stages);
		rules = List.copyOf(rules);
	}

	public boolean isPublished() {
		return this.published != null;
	}

	/** Every section in order. */
	public Stream<Section> sections() {
		return this.stages.stream().flatMap(stage -> stage.sections().stream());
	}

	/** Every top-level question in order; a repeatable group's own questions are not. */
	public Stream<Question> questions() {
		return sections().flatMap(section -> section.questions().stream());
	}

	public Optional<Section> section(String sectionId) {
		return sections().filter(section -> section.id().equals(sectionId)).findFirst();
	}

	public Optional<Question> question(String questionId) {
		return questions().filter(question -> question.id().equals(questionId)).findFirst();
	}

	/** The stage holding a section. */
	public Optional<Stage> stageOf(String sectionId) {
		return this.stages.stream()
			.filter(stage -> stage.sections().stream().anyMatch(section -> section.id().equals(sectionId)))
			.findFirst();
	}

	/** The section holding a top-level question. */
	public Optional<Section> sectionOf(String questionId) {
		return sections().filter(section -> section.question(questionId).isPresent()).findFirst();
	}

	public Optional<Rule> rule(String ruleId) {
		return this.rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
	}

}
