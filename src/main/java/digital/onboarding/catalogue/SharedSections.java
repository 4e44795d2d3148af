package digital.onboarding.catalogue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import digital.onboarding.catalogue.programme.Section;

/**
 * The sections several programmes share, such as the eligibility checks and the
 * connection agreement, defined once in {@code shared/sections.yaml} beside the programme
 * files and included in a programme with {@code shared: id}. Defined once, a shared
 * section cannot differ between the programmes that use it, so a product answers it once
 * for all of them.
 */
final class SharedSections {

	static final String FILE = "shared/sections.yaml";

	/** A shared section, and its data as written, for the fingerprint of each user. */
	record Shared(Section section, Object data) {

	}

	private final Map<String, Shared> sections;

	/** Ids of sections that failed to read, which programmes may name without an echo. */
	private final Set<String> unreadable;

	private SharedSections(Map<String, Shared> sections, Set<String> unreadable) {
		this.sections = sections;
		this.unreadable = unreadable;
	}

	static SharedSections none() {
		return new SharedSections(Map.of(), Set.of());
	}

	/** Reads the file's {@code sections}, each checked on its own. */
	static SharedSections read(Object document, FileProblems problems) {
		var file = YamlMap.of(document, "", problems);
		if (file == null) {
			return none();
		}
		file.allowOnly(List.of("sections"));
		var sections = new LinkedHashMap<String, Shared>();
		var unreadable = new HashSet<String>();
		for (var map : file.maps("sections", true)) {
			var index = new QuestionIndex();
			var conditions = new ConditionReader();
			var section = SectionReader.read(map, true, null, new QuestionReader(index, conditions));
			index.check(conditions.references(), problems);
			var id = section != null ? section.id() : map.raw("id") instanceof String text ? text.strip() : null;
			if (id == null) {
				continue;
			}
			if (sections.containsKey(id) || unreadable.contains(id)) {
				map.problem("id", id + " is already the id of another shared section");
			}
			else if (section == null) {
				unreadable.add(id);
			}
			else {
				sections.put(id, new Shared(section, map.data()));
			}
		}
		return new SharedSections(sections, unreadable);
	}

	Shared get(String id) {
		return this.sections.get(id);
	}

	boolean isUnreadable(String id) {
		return this.unreadable.contains(id);
	}

	boolean isShared(String id) {
		return this.sections.containsKey(id) || this.unreadable.contains(id);
	}

	String ids() {
		return String.join(", ", this.sections.keySet());
	}

}
