package digital.onboarding.commissioning.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import digital.onboarding.commissioning.CommissionRefusedException;

/**
 * A date typed in the day, month and year fields of a form, named {@code field.day},
 * {@code field.month} and {@code field.year}.
 */
final class DateFields {

	private DateFields() {
	}

	/**
	 * @return the date, or {@code null} if all three fields are empty
	 * @throws CommissionRefusedException if the fields do not make a real date
	 */
	static LocalDate read(Map<String, String> fields, String field, String what) {
		var day = fields.getOrDefault(field + ".day", "").strip();
		var month = fields.getOrDefault(field + ".month", "").strip();
		var year = fields.getOrDefault(field + ".year", "").strip();
		if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
			return null;
		}
		try {
			if (!year.matches("\\d{4}")) {
				throw new NumberFormatException(year);
			}
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (NumberFormatException | DateTimeException ex) {
			throw new CommissionRefusedException(field, what + " must be a real date, like 31 3 2027");
		}
	}

}
