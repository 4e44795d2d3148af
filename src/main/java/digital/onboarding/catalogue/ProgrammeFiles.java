package digital.onboarding.catalogue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the programme data files, one YAML file per API, and checks them completely: an
 * author sees every mistake at once, each with its file and its path within the file,
 * rather than one mistake per start. The files are data only; nothing in them is
 * evaluated.
 */
final class ProgrammeFiles {

	/** Where the service's own programme files live. */
	static final String LOCATION = "classpath:programmes/";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_ID_LENGTH = 64;

	/** A programme's stages will sit beside its catalogue entry. */
	private static final Set<String> DOCUMENT_FIELDS = Set.of("api");

	private static final Set<String> API_FIELDS = new LinkedHashSet<>(
			List.of("id", "name", "summary", "description", "status", "connectionTypes", "programmeVersion"));

	private static final String STATUSES = Arrays.stream(ApiStatus.values())
		.map(ApiStatus::value)
		.collect(Collectors.joining(", "));

	private static final String CONNECTION_TYPES = Arrays.stream(ConnectionType.values())
		.map(ConnectionType::value)
		.collect(Collectors.joining(", "));

	private ProgrammeFiles() {
	}

	/**
	 * The APIs described by the {@code *.yaml} files directly in a folder.
	 * @param location the folder, e.g. {@code classpath:programmes/}
	 * @throws InvalidProgrammeFilesException listing every problem found
	 */
	static List<Api> read(String location) {
		var folder = location.substring(location.indexOf(':') + 1);
		var problems = new ArrayList<String>();
		var apis = new ArrayList<Api>();
		var fileOfId = new HashMap<String, String>();
		var files = find(location);
		if (files.isEmpty()) {
			problems.add(folder + ": holds no programme files (*.yaml)");
		}
		for (var resource : files) {
			var file = new FileCheck(folder + resource.getFilename(), problems);
			var api = file.read(resource);
			if (api == null) {
				continue;
			}
			var earlier = fileOfId.putIfAbsent(api.id(), file.name);
			if (earlier != null) {
				file.problem("api.id", api.id() + " is already the id of the API in " + earlier);
			}
			else {
				apis.add(api);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidProgrammeFilesException(problems);
		}
		return apis;
	}

	private static List<Resource> find(String location) {
		try {
			var resources = new PathMatchingResourcePatternResolver(ProgrammeFiles.class.getClassLoader())
				.getResources(location + "*.yaml");
			return Arrays.stream(resources)
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

	/**
	 * A YAML reader that builds only maps, lists and text. Every plain value is read as
	 * text, so the checks below decide what each field may hold: {@code 3.0} stays a
	 * version and {@code no} stays a word. Empty values and {@code ~} are missing.
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

	/** The checks on one file, adding what they find to the shared list of problems. */
	private static final class FileCheck {

		private final String name;

		private final List<String> problems;

		private final int problemsBefore;

		FileCheck(String name, List<String> problems) {
			this.name = name;
			this.problems = problems;
			this.problemsBefore = problems.size();
		}

		/** The file's API, or {@code null} if the file has problems. */
		Api read(Resource resource) {
			Object document;
			try (InputStream in = resource.getInputStream()) {
				document = yaml().load(in);
			}
			catch (MarkedYAMLException ex) {
				var mark = ex.getProblemMark();
				problem("line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1),
						"not valid YAML: " + ex.getProblem());
				return null;
			}
			catch (YAMLException | IOException ex) {
				problem(null, "cannot be read: " + ex.getMessage());
				return null;
			}
			if (!(document instanceof Map<?, ?> fields)) {
				problem(null, "must be a mapping with an api block");
				return null;
			}
			unknownFields(fields, DOCUMENT_FIELDS, "");
			if (!(fields.get("api") instanceof Map<?, ?> api)) {
				problem("api", fields.get("api") == null ? "is required" : "must be a mapping");
				return null;
			}
			unknownFields(api, API_FIELDS, "api.");
			var id = text(api, "id", true);
			if (id != null && (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches())) {
				problem("api.id", "must be a lower-case slug of at most " + MAX_ID_LENGTH
						+ " letters, digits and single hyphens, like national-imaging-registry");
			}
			var name = text(api, "name", true);
			var summary = text(api, "summary", true);
			var description = text(api, "description", false);
			var status = status(api);
			var connectionTypes = connectionTypes(api);
			var programmeVersion = text(api, "programmeVersion", false);
			if (this.problems.size() > this.problemsBefore) {
				return null;
			}
			return new Api(id, name, summary, description, status, connectionTypes, programmeVersion);
		}

		private void unknownFields(Map<?, ?> fields, Set<String> known, String prefix) {
			fields.keySet()
				.stream()
				.map(String::valueOf)
				.filter(key -> !known.contains(key))
				.forEach(key -> problem(prefix + key,
						"is not a known field; the known fields are " + String.join(", ", known)));
		}

		private String text(Map<?, ?> fields, String field, boolean required) {
			var value = fields.get(field);
			if (value == null) {
				if (required) {
					problem("api." + field, "is required");
				}
				return null;
			}
			if (!(value instanceof String text)) {
				problem("api." + field, "must be text");
				return null;
			}
			if (text.isBlank()) {
				problem("api." + field, required ? "is required" : "must not be blank; leave it out instead");
				return null;
			}
			return text.strip();
		}

		private ApiStatus status(Map<?, ?> api) {
			var value = api.get("status");
			if (value == null) {
				problem("api.status", "is required");
				return null;
			}
			return Arrays.stream(ApiStatus.values())
				.filter(status -> status.value().equals(value))
				.findFirst()
				.orElseGet(() -> {
					problem("api.status", "must be one of " + STATUSES);
					return null;
				});
		}

		private List<ConnectionType> connectionTypes(Map<?, ?> api) {
			var value = api.get("connectionTypes");
			if (value == null) {
				problem("api.connectionTypes", "is required");
				return null;
			}
			if (!(value instanceof List<?> items)) {
				problem("api.connectionTypes", "must be a list of " + CONNECTION_TYPES);
				return null;
			}
			if (items.isEmpty()) {
				problem("api.connectionTypes", "must list at least one of " + CONNECTION_TYPES);
				return null;
			}
			var types = EnumSet.noneOf(ConnectionType.class);
			for (int i = 0; i < items.size(); i++) {
				var item = items.get(i);
				var path = "api.connectionTypes[" + i + "]";
				var type = Arrays.stream(ConnectionType.values())
					.filter(candidate -> candidate.value().equals(item))
					.findFirst();
				if (type.isEmpty()) {
					problem(path, "must be one of " + CONNECTION_TYPES);
				}
				else if (!types.add(type.get())) {
					problem(path, type.get().value() + " is listed twice");
				}
			}
			return List.copyOf(types);
		}

		void problem(String path, String message) {
			this.problems.add((path == null ? this.name : this.name + ": " + path) + ": " + message);
		}

	}

}
