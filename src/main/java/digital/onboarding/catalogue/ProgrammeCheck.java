package digital.onboarding.catalogue;

import java.util.List;

import digital.onboarding.catalogue.programme.Programme;

/**
 * What checking a programme version's text found: every problem at once, each as
 * {@code path: what is wrong}, and the programme when there are none.
 *
 * @param programme {@code null} if there are problems
 */
public record ProgrammeCheck(List<String> problems, Programme programme) {

	public ProgrammeCheck {
		problems = List.copyOf(problems);
	}

	public boolean passed() {
		return this.problems.isEmpty();
	}

}
