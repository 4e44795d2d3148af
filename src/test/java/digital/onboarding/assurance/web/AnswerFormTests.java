package digital.onboarding.assurance.web;

import java.util.List;
import java.util.Map;

import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerFormTests {

	@Test
	void eachTypeIsReadFromItsOwnFieldsAndBlankFieldsAreUnanswered() {
		var questions = List.of(question("name", QuestionType.TEXT), question("apis", QuestionType.MULTIPLE_CHOICE),
				question("lead", QuestionType.PERSON), question("published", QuestionType.DATE),
				question("ranges", QuestionType.IP_ADDRESSES), question("blank", QuestionType.TEXT));
		var answers = AnswerForm.read(questions,
				Map.of("name", new String[] { "  Beacon  " }, "apis", new String[] { "nrl", "nir" }, "lead.name",
						new String[] { "Ada" }, "lead.email", new String[] { "ada@example.org" }, "published.day",
						new String[] { "3" }, "published.month", new String[] { "11" }, "published.year",
						new String[] { "2026" }, "ranges", new String[] { "10.0.0.0/8\n\n 192.168.1.1 \n" }, "blank",
						new String[] { "   " }));
		assertThat(answers).containsEntry("name", "Beacon")
			.containsEntry("apis", List.of("nrl", "nir"))
			.containsEntry("lead", Map.of("name", "Ada", "email", "ada@example.org"))
			.containsEntry("published", "2026-11-03")
			.containsEntry("ranges", List.of("10.0.0.0/8", "192.168.1.1"))
			.doesNotContainKey("blank");
	}

	@Test
	void aDateThatIsNotOneIsKeptAsTypedForItsCheckToRefuse() {
		var answers = AnswerForm.read(List.of(question("published", QuestionType.DATE)),
				Map.of("published.day", new String[] { "31" }, "published.month", new String[] { "Feb" }));
		assertThat(answers).containsEntry("published", "31/Feb/");
	}

	@Test
	void aRepeatableGroupKeepsItsFilledEntriesInOrderAndDropsEmptyOnes() {
		var group = new Question("sites", null, "Sites", QuestionType.REPEATABLE_GROUP, true, null, null, List.of(),
				null, null, null,
				List.of(question("site", QuestionType.TEXT), question("notes", QuestionType.LONG_TEXT)), null);
		var answers = AnswerForm.read(List.of(group),
				Map.of("sites[0].site", new String[] { "Leeds" }, "sites[0].notes", new String[] { "" },
						"sites[1].site", new String[] { "" }, "sites[1].notes", new String[] { "" }, "sites[2].site",
						new String[] { "York" }));
		assertThat(answers).containsEntry("sites", List.of(Map.of("site", "Leeds"), Map.of("site", "York")));
	}

	private static Question question(String id, QuestionType type) {
		return new Question(id, null, id, type, false, null, null, List.of(), null, null, null, List.of(), null);
	}

}
