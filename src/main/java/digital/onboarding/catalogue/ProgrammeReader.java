package digital.onboarding.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import digital.onboarding.catalogue.programme.BuiltInRules;
import digital.onboarding.catalogue.programme.GatePolicy;
import digital.onboarding.catalogue.programme.Programme;
import digital.onboarding.catalogue.programme.ReviewPolicy;
import digital.onboarding.catalogue.programme.Rule;
import digital.onboarding.catalogue.programme.RuleOutcome;
import digital.onboarding.catalogue.programme.Section;
import digital.onboarding.catalogue.programme.Stage;

/**
 * Reads a programme file's {@code programme} block: its version, stages, sections,
 * questions, gates and rules, checking every reference between them.
 */
final class ProgrammeReader {

	private static final List<String> FIELDS = List.of("version", "published", "review", "turnaroundWorkingDays",
			"gates", "stages", "rules");

	private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

	private static final Pattern RULE_ID = Pattern.compile("R-[a-z0-9]+(-[a-z0-9]+)*");

	private static final String OUTCOMES = Arrays.stream(RuleOutcome.values())
		.map(RuleOutcome::value)
		.collect(Collectors.joining(", "));

	private final YamlMap programme;

	private final SharedSections shared;

	private final QuestionIndex index = new QuestionIndex();

	private final ConditionReader conditions = new ConditionReader();

	private final QuestionReader questions = new QuestionReader(this.index, this.conditions);

	/** Where each section was defined, by id, for ids given twice and for the gates. */
	private final Map<String, String> sectionPaths = new HashMap<>();

	/**
	 * Each stage's place in the programme, by id, since a stage waits only for earlier
	 * ones.
	 */
	private final Map<String, Integer> stagePositions = new LinkedHashMap<>();

	private ProgrammeReader(YamlMap programme, SharedSections shared) {
		this.programme = programme;
		this.shared = shared;
	}

	/** The programme, or {@code null} if the file has problems. */
	static Programme read(YamlMap programme, String apiId, SharedSections shared) {
		return new ProgrammeReader(programme, shared).read(apiId);
	}

	private Programme read(String apiId) {
		var map = this.programme;
		map.allowOnly(FIELDS);
		var version = map.text("version", true);
		if (version != null && !VERSION.matcher(version).matches()) {
			map.problem("version", "must be a version like 1.0");
		}
		var published = map.date("published", false);
		var review = map.oneOf("review", true, SectionReader::reviewPolicy, SectionReader.REVIEW_POLICIES);
		var turnaround = map.wholeNumber("turnaroundWorkingDays", true, 1, 260);
		var stages = stages(review);
		var gates = gates();
		var rules = rules();
		this.index.check(this.conditions.references(), map.problems());
		if (map.problems().any()) {
			return null;
		}
		return new Programme(apiId, version, published, review, turnaround, gates, stages, rules);
	}

	private List<Stage> stages(ReviewPolicy review) {
		var stages = new ArrayList<Stage>();
		for (var map : this.programme.maps("stages", true)) {
			map.allowOnly(List.of("id", "title", "summary", "sections"));
			var id = map.text("id", true);
			if (id != null && this.stagePositions.putIfAbsent(id, this.stagePositions.size()) != null) {
				map.problem("id", id + " is already the id of another stage");
			}
			var title = map.text("title", true);
			var sections = new ArrayList<Section>();
			for (var sectionMap : map.maps("sections", true)) {
				var section = sectionMap.has("shared") ? sharedSection(sectionMap) : ownSection(sectionMap, review);
				if (section != null) {
					sections.add(section);
				}
			}
			stages.add(new Stage(id, title, map.text("summary", false), sections));
		}
		return stages;
	}

	private Section ownSection(YamlMap map, ReviewPolicy review) {
		if (map.raw("id") instanceof String id && this.shared.isShared(id.strip())) {
			map.problem("id", id.strip() + " is the id of a shared section, defined once in " + SharedSections.FILE
					+ "; include it with shared: " + id.strip());
		}
		return remember(SectionReader.read(map, false, review, this.questions), map);
	}

	private Section sharedSection(YamlMap map) {
		map.allowOnly(List.of("shared", "guidance"));
		var id = map.text("shared", true);
		var guidance = map.text("guidance", false);
		var shared = id == null ? null : this.shared.get(id);
		if (shared == null) {
			if (id != null && !this.shared.isUnreadable(id)) {
				map.problem("shared",
						"no shared section has the id " + id + "; the shared sections are " + this.shared.ids());
			}
			return null;
		}
		var questions = shared.section().questions();
		for (int i = 0; i < questions.size(); i++) {
			this.index.add(questions.get(i), map.path() + " (" + id + ").questions[" + i + "]", map.problems());
		}
		return remember(shared.section().withGuidance(guidance), map);
	}

	private Section remember(Section section, YamlMap map) {
		if (section != null) {
			var earlier = this.sectionPaths.putIfAbsent(section.id(), map.path());
			if (earlier != null) {
				map.problem(null, "section " + section.id() + " is already in this programme, at " + earlier);
			}
		}
		return section;
	}

	private GatePolicy gates() {
		var map = this.programme.map("gates", true);
		if (map == null) {
			return null;
		}
		map.allowOnly(List.of("eligibilitySections", "waitsFor", "draftingAhead"));
		var eligibility = map.texts("eligibilitySections", true);
		for (int i = 0; i < eligibility.size(); i++) {
			if (!this.sectionPaths.containsKey(eligibility.get(i))) {
				map.problem("eligibilitySections[" + i + "]",
						"no section of this programme has the id " + eligibility.get(i));
			}
		}
		var waitsFor = new LinkedHashMap<String, List<String>>();
		var waits = map.map("waitsFor", false);
		if (waits != null) {
			waits.data()
				.keySet()
				.forEach(key -> waitsFor.put(String.valueOf(key), awaited(waits, String.valueOf(key))));
		}
		return new GatePolicy(eligibility, waitsFor, map.flag("draftingAhead", false));
	}

	/**
	 * The stages one stage waits for, each an earlier stage, so that no stage waits on
	 * itself.
	 */
	private List<String> awaited(YamlMap waits, String stage) {
		var position = this.stagePositions.get(stage);
		if (position == null) {
			waits.problem(stage, "no stage has the id " + stage);
		}
		var awaited = waits.texts(stage, true);
		for (int i = 0; i < awaited.size(); i++) {
			var other = this.stagePositions.get(awaited.get(i));
			var path = stage + "[" + i + "]";
			if (other == null) {
				waits.problem(path, "no stage has the id " + awaited.get(i));
			}
			else if (position != null && other >= position) {
				waits.problem(path, stage + " can wait only for stages before it, and " + awaited.get(i) + " is not");
			}
		}
		return awaited;
	}

	private List<Rule> rules() {
		var rules = new ArrayList<Rule>();
		var ids = new HashMap<String, String>();
		for (var map : this.programme.maps("rules", false)) {
			map.allowOnly(List.of("id", "when", "outcome", "message"));
			var id = map.text("id", true);
			if (id != null && !RULE_ID.matcher(id).matches()) {
				map.problem("id", "must be R- and a lower-case slug, like R-dspt-status");
			}
			else if (id != null && BuiltInRules.IDS.contains(id)) {
				map.problem("id", id + " is a rule the service carries out itself; choose another id");
			}
			else if (id != null && ids.putIfAbsent(id, map.path()) != null) {
				map.problem("id", id + " is already the id of the rule at " + ids.get(id));
			}
			var when = map.has("when")
					? this.conditions.read(map.raw("when"), map.path("when"), QuestionIndex.ANYWHERE, map.problems())
					: null;
			if (!map.has("when")) {
				map.problem("when", "is required");
			}
			var outcome = map.oneOf("outcome", true, ProgrammeReader::outcome, OUTCOMES);
			var message = map.text("message", true);
			rules.add(new Rule(id, when, outcome, message));
		}
		return rules;
	}

	private static Optional<RuleOutcome> outcome(String value) {
		return Arrays.stream(RuleOutcome.values()).filter(outcome -> outcome.value().equals(value)).findFirst();
	}

}
