package digital.onboarding.platform;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays workingDays = new WorkingDays();

	@Test
	void weekendsAreNotWorkingDays() {
		// Friday 6 to Monday 9 November 2026
		assertThat(this.workingDays.between(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9))).isEqualTo(1);
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
	}

	@Test
	void englandsBankHolidaysAreNotWorkingDays() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 8, 31))).as("Summer bank holiday").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 12, 28)))
			.as("Boxing Day falls on a Saturday, so the Monday is its substitute")
			.isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2023, 5, 8))).as("the coronation").isFalse();
	}

	@Test
	void scotlandsOwnHolidaysAreWorkingDaysInEngland() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 1, 2))).as("2 January").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 30))).as("St Andrew's Day").isTrue();
	}

	@Test
	void addingWorkingDaysSkipsChristmas() {
		// Wednesday 23 December 2026; 25, 28 (Boxing Day substitute) and the weekend are
		// not worked
		assertThat(this.workingDays.plus(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
		assertThat(this.workingDays.between(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 30))).isEqualTo(3);
	}

}
