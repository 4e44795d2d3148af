package digital.onboarding.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.catalogue.programme.Section;

/**
 * Reads one section: a programme's own, or one from the shared sections file.
 */
final class SectionReader {

	static final String REVIEW_POLICIES = Arrays.stream(ReviewPolicy.values())
		.map(ReviewPolicy::value)
		.collect(Collectors.joining(", "));

	private static final List<String> FIELDS = List.of("id", "title", "summary", "helpAndTips", "whatHappensNext",
			"review", "deferral", "questions");

	private SectionReader() {
	}

	/**
	 * @param defaultReview the programme's review policy; {@code null} for a shared
	 * section, which must state its own because several programmes use it
	 * @return the section, or {@code null} if it cannot be read
	 */
	static Section read(YamlMap map, boolean shared, ReviewPolicy defaultReview, QuestionReader questions) {
		map.allowOnly(FIELDS);
		var id = map.text("id", true);
		if (id != null && !ApiEntryReader.isId(id)) {
			map.problem("id", "must be a lower-case slug of letters, digits and single hyphens, like governance");
		}
		var title = map.text("title", true);
		var review = map.oneOf("review", defaultReview == null, SectionReader::reviewPolicy, REVIEW_POLICIES);
		var read = new ArrayList<Question>();
		for (var question : map.maps("questions", true)) {
			read.add(questions.read(question));
		}
		if (id == null || title == null || read.contains(null)) {
			return null;
		}
		return new Section(id, title, map.text("summary", false), map.text("helpAndTips", false), null,
				map.text("whatHappensNext", false), shared, review == null ? defaultReview : review,
				map.flag("deferral", false), read);
	}

	static Optional<ReviewPolicy> reviewPolicy(String value) {
		return Arrays.stream(ReviewPolicy.values()).filter(policy -> policy.value().equals(value)).findFirst();
	}

}
