package digital.onboarding.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Says in words which fields of an object a change altered, for an audit summary: e.g.
 * {@code name changed from "Old" to "New"; module changed from none to "Core"}. Fields
 * that stayed the same are left out.
 */
public final class ChangedFields {

	private final List<String> changes = new ArrayList<>();

	/**
	 * Notes the field if its value differs; blank and null both count as none.
	 * @param field the field as a person calls it, e.g. "job title"
	 */
	public ChangedFields compare(String field, String before, String after) {
		var was = blankToNull(before);
		var now = blankToNull(after);
		if (!Objects.equals(was, now)) {
			this.changes.add(field + " changed from " + quoted(was) + " to " + quoted(now));
		}
		return this;
	}

	/** Whether no field changed. */
	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/** The changes, separated by semicolons; empty when none. */
	@Override
	public String toString() {
		return String.join("; ", this.changes);
	}

	private static String quoted(String value) {
		return value == null ? "none" : "\"" + value + "\"";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
