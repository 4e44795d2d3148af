package digital.onboarding.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.programme.Condition;
import digital.onboarding.catalogue.programme.EvidenceRequirement;
import digital.onboarding.catalogue.programme.Option;
import digital.onboarding.catalogue.programme.PrefillSource;
import digital.onboarding.catalogue.programme.Question;
import digital.onboarding.catalogue.programme.QuestionType;

/**
 * Reads the questions of one programme, or of one shared section, into its question
 * index.
 */
final class QuestionReader {

	private static final List<String> FIELDS = List.of("id", "reference", "label", "type", "required", "hint",
			"supportingInformation", "options", "maxLength", "showWhen", "prefill", "questions", "evidence");

	private static final String TYPES = Arrays.stream(QuestionType.values())
		.map(QuestionType::value)
		.collect(Collectors.joining(", "));

	private static final int MAX_TEXT_LIMIT = 100_000;

	private final QuestionIndex index;

	private final ConditionReader conditions;

	QuestionReader(QuestionIndex index, ConditionReader conditions) {
		this.index = index;
		this.conditions = conditions;
	}

	/** A section's question, added to the index; {@code null} if it cannot be read. */
	Question read(YamlMap map) {
		var question = read(map, false);
		if (question != null) {
			this.index.add(question, map.path(), map.problems());
		}
		return question;
	}

	private Question read(YamlMap map, boolean inGroup) {
		map.allowOnly(FIELDS);
		var id = map.text("id", true);
		if (id != null && !ApiEntryReader.isId(id)) {
			map.problem("id", "must be a lower-case slug of letters, digits and single hyphens, like dspt-status");
		}
		var label = map.text("label", true);
		var type = map.oneOf("type", true, QuestionType::fromValue, TYPES);
		var options = type != null && type.takesOptions() ? options(map) : List.<Option>of();
		refuseUnless(map, "options", type != null && type.takesOptions(),
				"only single-choice and multiple-choice questions list options; yes-no has its own");
		Integer textLimit = null;
		if (refuseUnless(map, "maxLength", type != null && type.takesTextLimit(),
				"only text and long-text questions take maxLength")) {
			textLimit = map.wholeNumber("maxLength", false, 1, MAX_TEXT_LIMIT);
		}
		Condition showWhen = null;
		if (refuseUnless(map, "showWhen", !inGroup, "a question inside a repeatable group is always shown")) {
			showWhen = this.conditions.read(map.raw("showWhen"), map.path("showWhen"), this.index.nextPosition(),
					map.problems());
		}
		var prefill = map.oneOf("prefill", false, PrefillSource::fromValue, PrefillSource.valuesList());
		if (prefill != null && type != null && !prefill.fits(type)) {
			map.problem("prefill", prefill.value() + " fills " + prefill.fills().value() + " questions, not "
					+ type.value() + " ones");
		}
		var children = new ArrayList<Question>();
		if (type == QuestionType.REPEATABLE_GROUP) {
			for (var child : map.maps("questions", true)) {
				var question = read(child, true);
				if (question != null && question.type() == QuestionType.REPEATABLE_GROUP) {
					child.problem("type", "a repeatable group cannot hold another");
				}
				children.add(question);
			}
		}
		refuseUnless(map, "questions", type == QuestionType.REPEATABLE_GROUP,
				"only repeatable-group questions hold questions");
		EvidenceRequirement evidence = null;
		if (refuseUnless(map, "evidence", type == QuestionType.FILE, "only file questions take evidence")) {
			evidence = evidence(map);
		}
		if (id == null || label == null || type == null || children.contains(null)) {
			return null;
		}
		return new Question(id, map.text("reference", false), label, type, map.flag("required", true),
				map.text("hint", false), map.text("supportingInformation", false), options, textLimit, showWhen,
				prefill, children, evidence);
	}

	/**
	 * Whether the field may be read: true if it may hold a value, false (reported) if
	 * not.
	 */
	private static boolean refuseUnless(YamlMap map, String field, boolean allowed, String message) {
		if (map.has(field) && !allowed) {
			map.problem(field, message);
			return false;
		}
		return map.has(field);
	}

	private static List<Option> options(YamlMap map) {
		var options = new ArrayList<Option>();
		var values = new HashSet<String>();
		var items = map.maps("options", true);
		if (items.size() == 1) {
			map.problem("options", "must offer two or more options");
		}
		for (var item : items) {
			item.allowOnly(List.of("value", "label", "hint"));
			var value = item.text("value", true);
			if (value != null && !ApiEntryReader.isId(value)) {
				item.problem("value", "must be a lower-case slug, like data-processor");
			}
			else if (value != null && !values.add(value)) {
				item.problem("value", value + " is offered twice");
			}
			var label = item.text("label", true);
			options.add(new Option(value, label, item.text("hint", false)));
		}
		return options;
	}

	private static EvidenceRequirement evidence(YamlMap map) {
		var evidence = map.map("evidence", false);
		if (evidence == null) {
			return null;
		}
		evidence.allowOnly(List.of("maxMegabytes"));
		var maxMegabytes = evidence.wholeNumber("maxMegabytes", true, 1, EvidenceRequirement.DEFAULT_MAX_MEGABYTES);
		return maxMegabytes == null ? null : new EvidenceRequirement(maxMegabytes);
	}

}
