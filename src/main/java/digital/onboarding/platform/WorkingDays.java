package digital.onboarding.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.springframework.stereotype.Component;

/**
 * Working days in England: Monday to Friday except England's bank holidays, which the
 * holiday library works out by rule, substitute days and one-off holidays included.
 * Turnaround targets are counted in these days.
 */
@Component
public class WorkingDays {

	private final HolidayManager holidays = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

	/**
	 * Each year's bank holidays, worked out once: asking the library day by day was most
	 * of the time a queue page took.
	 */
	private final Map<Integer, Set<LocalDate>> bankHolidays = new ConcurrentHashMap<>();

	public boolean isWorkingDay(LocalDate date) {
		var day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
				&& !this.bankHolidays.computeIfAbsent(date.getYear(), this::bankHolidaysIn).contains(date);
	}

	private Set<LocalDate> bankHolidaysIn(int year) {
		return this.holidays.getHolidays(Year.of(year), "eng")
			.stream()
			.map(Holiday::getDate)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * How many working days have passed from one date to a later one: the days after
	 * {@code from} up to and including {@code to}. Zero when {@code to} is not later.
	 */
	public int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/** The date that many working days after {@code from}. */
	public LocalDate plus(LocalDate from, int workingDays) {
		var day = from;
		for (int left = workingDays; left > 0;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

}
