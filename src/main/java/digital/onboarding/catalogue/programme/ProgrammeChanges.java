package digital.onboarding.catalogue.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two versions of a programme, question by question, within each
 * section of the newer version: questions new to it, questions whose wording, options,
 * type, requirement or conditions changed, and questions it no longer asks. Answers are
 * stored by question id, so an answer to a question that did not change still answers it.
 *
 * @param sections the sections of the newer version with any change, in its order
 */
public record ProgrammeChanges(String fromVersion, String toVersion, List<SectionChanges> sections) {

	public ProgrammeChanges {
		sections = List.copyOf(sections);
	}

	public enum Kind {

		NEW("New"), CHANGED("Changed"), REMOVED("Removed");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * One question's change.
	 *
	 * @param label the question's words in the newer version, or the older one's if it
	 * was removed
	 * @param what for a changed question, what changed: wording, options, type, required,
	 * conditions or details (limits, group questions, evidence accepted)
	 */
	public record QuestionChange(String questionId, String label, Kind kind, List<String> what) {

		public QuestionChange {
			what = List.copyOf(what);
		}

	}

	/** The changes within one section. */
	public record SectionChanges(String sectionId, String title, boolean shared, List<QuestionChange> questions) {

		public SectionChanges {
			questions = List.copyOf(questions);
		}

		/** Whether applicants must answer something again: a new or changed question. */
		public boolean asksAgain() {
			return this.questions.stream().anyMatch(change -> change.kind() != Kind.REMOVED);
		}

		/** The questions whose answers no longer count: changed and removed ones. */
		public Set<String> clearedQuestionIds() {
			return ids(Kind.CHANGED, Kind.REMOVED);
		}

		/** The questions the task list marks as new or changed. */
		public Set<String> newOrChangedQuestionIds() {
			return ids(Kind.NEW, Kind.CHANGED);
		}

		private Set<String> ids(Kind... kinds) {
			var wanted = Set.of(kinds);
			return this.questions.stream()
				.filter(change -> wanted.contains(change.kind()))
				.map(QuestionChange::questionId)
				.collect(Collectors.toUnmodifiableSet());
		}

	}

	public boolean isEmpty() {
		return this.sections.isEmpty();
	}

	/** What changed from one version of a programme to another. */
	public static ProgrammeChanges between(Programme from, Programme to) {
		var sections = new ArrayList<SectionChanges>();
		to.sections().forEach(section -> {
			if (section.shared() && from.section(section.id()).isEmpty()) {
				// A shared section new to this programme is the same section other APIs
				// include, answered once per product: nothing in it is new to the
				// product.
				return;
			}
			var earlier = from.section(section.id()).map(Section::questions).orElse(List.of());
			var changes = new ArrayList<QuestionChange>();
			for (var question : section.questions()) {
				var before = earlier.stream().filter(old -> old.id().equals(question.id())).findFirst();
				if (before.isEmpty()) {
					changes.add(new QuestionChange(question.id(), question.label(), Kind.NEW, List.of()));
				}
				else if (!before.get().equals(question)) {
					changes.add(new QuestionChange(question.id(), question.label(), Kind.CHANGED,
							differences(before.get(), question)));
				}
			}
			earlier.stream()
				.filter(old -> section.question(old.id()).isEmpty())
				.forEach(old -> changes.add(new QuestionChange(old.id(), old.label(), Kind.REMOVED, List.of())));
			if (!changes.isEmpty()) {
				sections.add(new SectionChanges(section.id(), section.title(), section.shared(), changes));
			}
		});
		return new ProgrammeChanges(from.version(), to.version(), sections);
	}

	private static List<String> differences(Question before, Question after) {
		var what = new ArrayList<String>();
		if (!Objects.equals(before.label(), after.label()) || !Objects.equals(before.hint(), after.hint())
				|| !Objects.equals(before.reference(), after.reference())
				|| !Objects.equals(before.supportingInformation(), after.supportingInformation())) {
			what.add("wording");
		}
		if (before.type() != after.type()) {
			what.add("type");
		}
		if (!before.options().equals(after.options())) {
			what.add("options");
		}
		if (before.required() != after.required()) {
			what.add("required");
		}
		if (!Objects.equals(before.showWhen(), after.showWhen())) {
			what.add("conditions");
		}
		if (what.isEmpty()) {
			what.add("details");
		}
		return what;
	}

}
