package digital.onboarding.catalogue.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.programme.Condition.All;
import digital.onboarding.catalogue.programme.Condition.Answered;
import digital.onboarding.catalogue.programme.Condition.AnswersDiffer;
import digital.onboarding.catalogue.programme.Condition.Any;
import digital.onboarding.catalogue.programme.Condition.Equals;
import digital.onboarding.catalogue.programme.Condition.In;
import digital.onboarding.catalogue.programme.Condition.Not;
import digital.onboarding.catalogue.programme.Condition.NotIn;
import digital.onboarding.catalogue.programme.Condition.OlderThanMonths;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

	private final Answers answers = Answers.of(Map.of("role", "data-processor", "apis", List.of("pds", "nrl"),
			"published", "2025-03-30", "blank", " ", "a", "x", "b", "x", "c", "y"));

	@Test
	void comparisonsAreFalseForAQuestionWithoutAnAnswer() {
		assertThat(holds(new Equals("missing", "x"))).isFalse();
		assertThat(holds(new In("blank", List.of(" ")))).isFalse();
		assertThat(holds(new NotIn("missing", List.of("x")))).isFalse();
		assertThat(holds(new OlderThanMonths("missing", 1))).isFalse();
		assertThat(holds(new Not(new Equals("missing", "x")))).as("not merely negates").isTrue();
	}

	@Test
	void valuesAreComparedWithTheAnswerOrWithEachChosenValue() {
		assertThat(holds(new Equals("role", "data-processor"))).isTrue();
		assertThat(holds(new Equals("apis", "nrl"))).isTrue();
		assertThat(holds(new In("apis", List.of("mesh", "pds")))).isTrue();
		assertThat(holds(new NotIn("apis", List.of("mesh")))).isTrue();
		assertThat(holds(new NotIn("apis", List.of("pds")))).isFalse();
	}

	@Test
	void answeredAndDatesAndDifferingAnswers() {
		assertThat(holds(new Answered("role", true))).isTrue();
		assertThat(holds(new Answered("blank", false))).isTrue();
		assertThat(holds(new OlderThanMonths("published", 12))).isTrue();
		assertThat(holds(new OlderThanMonths("published", 13))).isFalse();
		assertThat(holds(new OlderThanMonths("role", 1))).as("not a date").isFalse();
		assertThat(holds(new AnswersDiffer(List.of("a", "b", "missing")))).isFalse();
		assertThat(holds(new AnswersDiffer(List.of("a", "b", "c")))).isTrue();
	}

	@Test
	void conditionsCombineAndListTheQuestionsTheyNameOnce() {
		var condition = new All(List.of(new Equals("role", "data-processor"),
				new Any(List.of(new Equals("apis", "mesh"), new Not(new Answered("role", false))))));
		assertThat(holds(condition)).isTrue();
		assertThat(condition.questionIds()).containsExactly("role", "apis");
		assertThat(condition.toData()).isEqualTo(Map.of("all",
				List.of(Map.of("question", "role", "equals", "data-processor"),
						Map.of("any", List.of(Map.of("question", "apis", "equals", "mesh"),
								Map.of("not", Map.of("question", "role", "answered", false)))))));
	}

	private boolean holds(Condition condition) {
		return condition.holds(this.answers, TODAY);
	}

}
