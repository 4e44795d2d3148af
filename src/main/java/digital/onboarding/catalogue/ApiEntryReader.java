package digital.onboarding.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a programme file's {@code api} block: the API's catalogue entry.
 */
final class ApiEntryReader {

	/** Lower-case words joined by single hyphens: the form of every id in the files. */
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int MAX_ID_LENGTH = 64;

	private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "name", "summary", "description",
			"status", "connectionTypes", "hcid", EnvironmentGatesReader.FIELD));

	private static final String STATUSES = Arrays.stream(ApiStatus.values())
		.map(ApiStatus::value)
		.collect(Collectors.joining(", "));

	private static final String CONNECTION_TYPES = Arrays.stream(ConnectionType.values())
		.map(ConnectionType::value)
		.collect(Collectors.joining(", "));

	private ApiEntryReader() {
	}

	/**
	 * @param programmeVersion the version of the programme the file holds, if it holds
	 * one
	 * @return the API, or {@code null} if the file has problems so far
	 */
	static Api read(YamlMap api, String programmeVersion) {
		api.allowOnly(FIELDS);
		var id = api.text("id", true);
		if (id != null && !isId(id)) {
			api.problem("id", "must be a lower-case slug of at most " + MAX_ID_LENGTH
					+ " letters, digits and single hyphens, like national-imaging-registry");
		}
		var name = api.text("name", true);
		var summary = api.text("summary", true);
		var description = api.text("description", false);
		var status = status(api);
		var connectionTypes = connectionTypes(api);
		var hcid = api.oneOf("hcid", false,
				value -> "required".equals(value) ? Optional.of(Boolean.TRUE) : Optional.empty(), "required");
		var environments = EnvironmentGatesReader.read(api);
		if (api.problems().any()) {
			return null;
		}
		return new Api(id, name, summary, description, status, connectionTypes, programmeVersion,
				Boolean.TRUE.equals(hcid), environments);
	}

	static boolean isId(String id) {
		return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
	}

	private static ApiStatus status(YamlMap api) {
		if (!api.has("status")) {
			api.problem("status", "is required");
			return null;
		}
		return api.oneOf("status", true,
				value -> Arrays.stream(ApiStatus.values()).filter(status -> status.value().equals(value)).findFirst(),
				STATUSES);
	}

	private static List<ConnectionType> connectionTypes(YamlMap api) {
		var value = api.raw("connectionTypes");
		if (value == null) {
			api.problem("connectionTypes", "is required");
			return null;
		}
		if (!(value instanceof List<?> items)) {
			api.problem("connectionTypes", "must be a list of " + CONNECTION_TYPES);
			return null;
		}
		if (items.isEmpty()) {
			api.problem("connectionTypes", "must list at least one of " + CONNECTION_TYPES);
			return null;
		}
		var types = EnumSet.noneOf(ConnectionType.class);
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i);
			var path = "connectionTypes[" + i + "]";
			var type = Arrays.stream(ConnectionType.values())
				.filter(candidate -> candidate.value().equals(item))
				.findFirst();
			if (type.isEmpty()) {
				api.problem(path, "must be one of " + CONNECTION_TYPES);
			}
			else if (!types.add(type.get())) {
				api.problem(path, type.get().value() + " is listed twice");
			}
		}
		return List.copyOf(types);
	}

}
