package org.cppcc.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines worked out by hand on a 2026 wall calendar with the State Council's holiday notice. */
class WorkingDayCalendarTest {

    private static final Map<LocalDate, DayKind> DAYS_2026 = Map.ofEntries(
            Map.entry(LocalDate.parse("2026-02-14"), DayKind.WORKDAY),
            Map.entry(LocalDate.parse("2026-02-15"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-16"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-17"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-18"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-19"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-20"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-21"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-22"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-23"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-02-28"), DayKind.WORKDAY),
            Map.entry(LocalDate.parse("2026-09-20"), DayKind.WORKDAY),
            Map.entry(LocalDate.parse("2026-09-25"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-02"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-03"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-04"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-05"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-06"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-07"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-10"), DayKind.WORKDAY));

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(() -> DAYS_2026);

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
        "2026-11-23, 5, 2026-11-30, ordinary week: Monday to next Monday",
        "2026-11-27, 1, 2026-11-30, Friday: the weekend does not count",
        "2026-11-28, 1, 2026-11-30, counted from a Saturday",
        "2026-11-23, 15, 2026-12-14, proposer contact window over three weekends",
        "2026-09-18, 5, 2026-09-24, the make-up Sunday 20 September counts",
        "2026-09-24, 1, 2026-09-28, Mid-Autumn Friday 25 September is off",
        "2026-09-30, 1, 2026-10-08, National Day week is off",
        "2026-09-30, 3, 2026-10-10, the make-up Saturday 10 October counts",
        "2026-02-13, 1, 2026-02-14, the make-up Saturday before Spring Festival",
        "2026-02-13, 2, 2026-02-24, nine days of Spring Festival are off",
        "2026-02-24, 4, 2026-02-28, the make-up Saturday after Spring Festival",
        "2026-11-23, 0, 2026-11-23, zero days is the day itself",
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(start, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} rolls to {1}")
    @CsvSource({
        "2026-10-01, 2026-10-08",
        "2026-11-28, 2026-11-30",
        "2026-02-14, 2026-02-14",
        "2026-11-24, 2026-11-24",
    })
    void rollsToTheNextWorkingDay(LocalDate day, LocalDate expected) {
        assertThat(calendar.onOrNextWorkingDay(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} working days")
    @CsvSource({
        "2026-11-23, 2026-11-30, 5",
        "2026-11-30, 2026-11-23, -5",
        "2026-09-30, 2026-10-10, 3",
        "2026-11-23, 2026-11-23, 0",
    })
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-09-20, true", "2026-09-25, false", "2026-11-29, false", "2026-11-25, true"})
    void knowsWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }
}
