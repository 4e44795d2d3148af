package digital.onboarding.platform;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed in the day, month and year boxes of an NHS.UK date input.
 */
public final class DateBoxes {

	private DateBoxes() {
	}

	/** Whether all three boxes are empty. */
	public static boolean empty(String day, String month, String year) {
		return blank(day) && blank(month) && blank(year);
	}

	/**
	 * The date typed, or {@code null} if the boxes do not make a real date. The year must
	 * have four digits: "26" is a typing slip, not the year 26.
	 */
	public static LocalDate read(String day, String month, String year) {
		if (blank(day) || blank(month) || blank(year) || !year.strip().matches("\\d{4}")) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	private static boolean blank(String box) {
		return box == null || box.isBlank();
	}

}
