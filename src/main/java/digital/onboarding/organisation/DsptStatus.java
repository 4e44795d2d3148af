package digital.onboarding.organisation;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An organisation's Data Security and Protection Toolkit status. The values are those of
 * the programmes' {@code dspt-status} question, so prefilled answers need no translation.
 */
public enum DsptStatus {

	STANDARDS_EXCEEDED("standards-exceeded", "Standards Exceeded"),

	STANDARDS_MET("standards-met", "Standards Met"),

	APPROACHING_STANDARDS("approaching-standards", "Approaching Standards"),

	STANDARDS_NOT_MET("standards-not-met", "Standards Not Met"),

	LAPSED("lapsed", "Lapsed, not renewed by its deadline");

	private final String value;

	private final String label;

	DsptStatus(String value, String label) {
		this.value = value;
		this.label = label;
	}

	/** The value stored, sent in the JSON API and given as a prefilled answer. */
	@JsonValue
	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static Optional<DsptStatus> fromValue(String value) {
		return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst();
	}

}
