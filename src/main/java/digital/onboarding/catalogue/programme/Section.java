package digital.onboarding.catalogue.programme;

import java.util.List;
import java.util.Optional;

/**
 * A group of questions submitted and reviewed together.
 *
 * @param id unique within its programme; a shared section's id is the same in every
 * programme that uses it
 * @param title as the task list shows it
 * @param summary what the section is for, shown above its questions; {@code null} if none
 * @param helpAndTips the section's "help and tips"; {@code null} if none
 * @param guidance what this programme adds to a shared section, for its own applicants;
 * {@code null} if nothing
 * @param whatHappensNext what follows submission; {@code null} if nothing is said
 * @param shared whether the section is answered once for every API of a product that uses
 * it, its decision counting for each
 * @param review how its submissions are decided
 * @param deferrable whether a decision on it may be deferred until more is known, as the
 * NHS login partner integration board may
 * @param questions in the order they are asked
 */
public record Section(String id, String title, String summary, String helpAndTips, String guidance,
		String whatHappensNext, boolean shared, ReviewPolicy review, boolean deferrable, List<Question> questions) {

	public Section {
		questions = List.copyOf(questions);
	}

	public Optional<Question> question(String questionId) {
		return this.questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
	}

	/** The same section with a programme's own guidance for it. */
	public Section withGuidance(String programmeGuidance) {
		return new Section(this.id, this.title, this.summary, this.helpAndTips, programmeGuidance, this.whatHappensNext,
				this.shared, this.review, this.deferrable, this.questions);
	}

}
