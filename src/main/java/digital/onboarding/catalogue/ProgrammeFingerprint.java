package digital.onboarding.catalogue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import digital.onboarding.platform.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a programme's content as written, shared sections included, in a
 * canonical form: JSON with keys sorted, so that comments, layout and the order of keys
 * in the file do not count as changes, while every word and value does.
 */
final class ProgrammeFingerprint {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private ProgrammeFingerprint() {
	}

	/**
	 * @param programme the file's {@code programme} block as read
	 * @param sharedSection the data of a shared section by its id
	 */
	static String of(Map<?, ?> programme, Function<String, Object> sharedSection) {
		return Sha256.hex(CANONICAL.writeValueAsString(canonical(programme, sharedSection)));
	}

	/** Copies the data with string keys, each shared section written out in full. */
	private static Object canonical(Object value, Function<String, Object> sharedSection) {
		if (value instanceof Map<?, ?> map) {
			var copy = new TreeMap<String, Object>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), key.equals("shared") && item instanceof String id
					? canonical(sharedSection.apply(id), sharedSection) : canonical(item, sharedSection)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(item -> canonical(item, sharedSection)).toList();
		}
		return value;
	}

}
