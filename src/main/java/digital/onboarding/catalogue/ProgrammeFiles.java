package digital.onboarding.catalogue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import digital.onboarding.catalogue.programme.Programme;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the programme data files, one YAML file per API with its catalogue entry
 * ({@code api}) and, once written, its onboarding programme ({@code programme}), together
 * with the sections programmes share ({@code shared/sections.yaml}) and the fingerprints
 * of published versions ({@code published.lock}). Everything is checked completely: an
 * author sees every mistake at once, each with its file and its path within the file,
 * rather than one mistake per start. The files are data only; nothing in them is
 * evaluated.
 */
final class ProgrammeFiles {

	/** Where the service's own programme files live. */
	static final String LOCATION = "classpath:programmes/";

	private static final Pattern PROGRAMME_BLOCK = Pattern.compile("^programme:", Pattern.MULTILINE);

	private static final List<String> DOCUMENT_FIELDS = List.of("api", "programme");

	/**
	 * What {@link #load} returns for a file it cannot read, an empty one being
	 * {@code null}.
	 */
	private static final Object UNREADABLE = new Object();

	/**
	 * One file's contents.
	 *
	 * @param programme {@code null} while the API's programme is not written yet
	 * @param programmeText the file's text from its {@code programme} block on, comments
	 * included, which a programme author starts a new version from; {@code null} with no
	 * programme
	 */
	record ProgrammeFile(Api api, Programme programme, String programmeText) {

	}

	private ProgrammeFiles() {
	}

	/**
	 * The APIs and programmes described by the {@code *.yaml} files directly in a folder.
	 * @param location the folder, e.g. {@code classpath:programmes/}
	 * @throws InvalidProgrammeFilesException listing every problem found
	 */
	static List<ProgrammeFile> read(String location) {
		var folder = location.substring(location.indexOf(':') + 1);
		var problems = new ArrayList<String>();
		var resolver = new PathMatchingResourcePatternResolver(ProgrammeFiles.class.getClassLoader());
		var shared = sharedSections(resolver, location, folder, problems);
		var lock = PublishedLock.read(resolver.getResource(location + PublishedLock.FILE),
				new FileProblems(folder + PublishedLock.FILE, problems));
		var files = new ArrayList<ProgrammeFile>();
		var fileOfId = new HashMap<String, String>();
		var resources = find(resolver, location);
		if (resources.isEmpty()) {
			problems.add(folder + ": holds no programme files (*.yaml)");
		}
		for (var resource : resources) {
			var fileProblems = new FileProblems(folder + resource.getFilename(), problems);
			var file = read(resource, shared, lock, fileProblems);
			if (file == null) {
				continue;
			}
			var earlier = fileOfId.putIfAbsent(file.api().id(), fileProblems.file());
			if (earlier != null) {
				fileProblems.add("api.id", file.api().id() + " is already the id of the API in " + earlier);
			}
			else {
				files.add(file);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidProgrammeFilesException(problems);
		}
		return files;
	}

	/**
	 * The shared sections of the files in a folder, which {@link #read} has checked: for
	 * reading programme versions written in the service against them.
	 */
	static SharedSections sharedSections(String location) {
		var problems = new ArrayList<String>();
		var resolver = new PathMatchingResourcePatternResolver(ProgrammeFiles.class.getClassLoader());
		var shared = sharedSections(resolver, location, "", problems);
		if (!problems.isEmpty()) {
			throw new InvalidProgrammeFilesException(problems);
		}
		return shared;
	}

	private static SharedSections sharedSections(PathMatchingResourcePatternResolver resolver, String location,
			String folder, List<String> problems) {
		var sharedFile = resolver.getResource(location + SharedSections.FILE);
		if (!sharedFile.exists()) {
			return SharedSections.none();
		}
		var sharedProblems = new FileProblems(folder + SharedSections.FILE, problems);
		var document = load(sharedFile, sharedProblems);
		return document == UNREADABLE ? SharedSections.none() : SharedSections.read(document, sharedProblems);
	}

	/** One file's contents, or {@code null} if the file has problems. */
	private static ProgrammeFile read(Resource resource, SharedSections shared, PublishedLock lock,
			FileProblems problems) {
		var document = load(resource, problems);
		if (document == UNREADABLE) {
			return null;
		}
		if (!(document instanceof Map<?, ?> fields)) {
			problems.add(null, "must be a mapping with an api block");
			return null;
		}
		var file = new YamlMap(fields, "", problems);
		file.allowOnly(DOCUMENT_FIELDS);
		var apiBlock = file.map("api", true);
		var apiId = apiBlock != null && apiBlock.raw("id") instanceof String id ? id.strip() : null;
		var programmeBlock = file.map("programme", false);
		var programme = programmeBlock == null ? null : ProgrammeReader.read(programmeBlock, apiId, shared);
		if (programme != null) {
			var fingerprint = ProgrammeFingerprint.of(programmeBlock.data(), id -> shared.get(id).data());
			lock.check(apiId, programme.version(), programme.isPublished(), fingerprint, programmeBlock);
		}
		var api = apiBlock == null ? null
				: ApiEntryReader.read(apiBlock, programme == null ? null : programme.version());
		if (api != null && programme != null) {
			EnvironmentGatesReader.checkStages(apiBlock, api.environments(), programme);
		}
		return api == null || problems.any() ? null
				: new ProgrammeFile(api, programme, programme == null ? null : programmeText(resource));
	}

	private static String programmeText(Resource resource) {
		try {
			var text = resource.getContentAsString(StandardCharsets.UTF_8);
			var start = PROGRAMME_BLOCK.matcher(text);
			return start.find() ? text.substring(start.start()) : null;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource, ex);
		}
	}

	/**
	 * The data of a YAML text, or {@code null} after reporting why it cannot be read.
	 */
	static Object parse(String text, FileProblems problems) {
		var document = load(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)), problems);
		return document == UNREADABLE ? null : document;
	}

	private static List<Resource> find(PathMatchingResourcePatternResolver resolver, String location) {
		try {
			return Arrays.stream(resolver.getResources(location + "*.yaml"))
				.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(String::compareTo)))
				.toList();
		}
		catch (FileNotFoundException ex) {
			return List.of();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the programme files in " + location, ex);
		}
	}

	/** The file's data, or {@link #UNREADABLE} after reporting why it cannot be read. */
	private static Object load(Resource resource, FileProblems problems) {
		try (InputStream in = resource.getInputStream()) {
			return yaml().load(in);
		}
		catch (MarkedYAMLException ex) {
			var mark = ex.getProblemMark();
			problems.add("line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1),
					"not valid YAML: " + ex.getProblem());
			return UNREADABLE;
		}
		catch (YAMLException | IOException ex) {
			problems.add(null, "cannot be read: " + ex.getMessage());
			return UNREADABLE;
		}
	}

	/**
	 * A YAML reader that builds only maps, lists and text. Every plain value is read as
	 * text, so the checks decide what each field may hold: {@code 3.0} stays a version
	 * and {@code no} stays a word. Empty values and {@code ~} are missing.
	 */
	private static Yaml yaml() {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		var textOnly = new Resolver() {

			@Override
			protected void addImplicitResolvers() {
				addImplicitResolver(Tag.NULL, NULL, "~nN\0");
				addImplicitResolver(Tag.NULL, EMPTY, null);
			}

		};
		var dumperOptions = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options, textOnly);
	}

}
