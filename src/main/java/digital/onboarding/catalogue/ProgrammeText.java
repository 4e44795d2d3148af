package digital.onboarding.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import digital.onboarding.catalogue.programme.Programme;

/**
 * Reads a programme version written in the service: a YAML document holding the
 * {@code programme} block of a programme file, checked by the same readers as the files,
 * so an author sees every problem at once with its path.
 */
final class ProgrammeText {

	/** Orders versions like 1.2 and 1.10 by number rather than as text. */
	static final Comparator<String> BY_NUMBER = Comparator
		.comparingInt((String version) -> Integer.parseInt(version.substring(0, version.indexOf('.'))))
		.thenComparingInt(version -> Integer.parseInt(version.substring(version.indexOf('.') + 1)));

	private static final Pattern NUMBER = Pattern.compile("\\d{1,6}\\.\\d{1,6}");

	private static final Pattern PUBLISHED_LINE = Pattern.compile("(?m)^  published:.*\\R?");

	/**
	 * The programme read from a text, its fingerprint, and the problems found.
	 */
	record Reading(List<String> problems, Programme programme, String fingerprint) {

		ProgrammeCheck check() {
			return new ProgrammeCheck(this.problems, this.programme);
		}

	}

	private ProgrammeText() {
	}

	/**
	 * @param newest the newest version of the API's programme, which a new one must be
	 * greater than; {@code null} if there is none
	 */
	static Reading read(String apiId, String text, String newest, SharedSections shared) {
		var problems = new ArrayList<String>();
		var fileProblems = new FileProblems("", problems);
		var document = ProgrammeFiles.parse(text == null ? "" : text, fileProblems);
		if (document == null && problems.isEmpty()) {
			fileProblems.add(null, "Write the programme, starting with a programme block");
		}
		if (!(document instanceof Map<?, ?> fields)) {
			if (document != null) {
				fileProblems.add(null, "The text must be a mapping with a programme block");
			}
			return new Reading(problems, null, null);
		}
		var file = new YamlMap(fields, "", fileProblems);
		file.allowOnly(List.of("programme"));
		var block = file.map("programme", true);
		if (block == null) {
			return new Reading(problems, null, null);
		}
		if (block.has("published")) {
			block.problem("published", "leave this out: the service records the date when the version is published");
		}
		if (block.raw("version") instanceof String version && newest != null && isNumber(version.strip())
				&& BY_NUMBER.compare(version.strip(), newest) <= 0) {
			block.problem("version", "must be greater than " + newest + ", the newest version of this programme");
		}
		var programme = ProgrammeReader.read(block, apiId, shared);
		if (!problems.isEmpty()) {
			return new Reading(problems, null, null);
		}
		var fingerprint = ProgrammeFingerprint.of(block.data(), id -> shared.get(id).data());
		return new Reading(problems, programme, fingerprint);
	}

	/** The version a text gives, if it gives one like 1.2. */
	static String versionOf(String text) {
		var document = ProgrammeFiles.parse(text, new FileProblems("", new ArrayList<>()));
		if (document instanceof Map<?, ?> fields && fields.get("programme") instanceof Map<?, ?> block
				&& block.get("version") instanceof String version && isNumber(version.strip())) {
			return version.strip();
		}
		return null;
	}

	/** A shipped programme's text as the start of a new version: not published yet. */
	static String asDraft(String programmeText) {
		return PUBLISHED_LINE.matcher(programmeText).replaceFirst("");
	}

	static boolean isNumber(String version) {
		return version != null && NUMBER.matcher(version).matches();
	}

}
