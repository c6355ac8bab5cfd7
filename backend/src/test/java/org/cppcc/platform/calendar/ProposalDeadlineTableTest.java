package org.cppcc.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proposal deadlines of docs/domain.md, worked out by hand on the 2026 wall calendar with the State
 * Council's holiday notice: sign-off 5 working days, proposer contact 15 working days, evaluation 15
 * working days (each counted from the day after the start), reply 3 calendar months moved to the next
 * working day. The platform's assignments and Flowable's due dates use exactly these rules.
 */
class ProposalDeadlineTableTest {

    private static final Map<LocalDate, DayKind> DAYS_2026 = Map.ofEntries(
            Map.entry(LocalDate.parse("2026-01-01"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-01-02"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-01-03"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-01-04"), DayKind.WORKDAY),
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
            Map.entry(LocalDate.parse("2026-04-04"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-04-05"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-04-06"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-01"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-02"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-03"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-04"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-05"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-05-09"), DayKind.WORKDAY),
            Map.entry(LocalDate.parse("2026-06-19"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-06-20"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-06-21"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-09-20"), DayKind.WORKDAY),
            Map.entry(LocalDate.parse("2026-09-25"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-09-26"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-09-27"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-02"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-03"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-04"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-05"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-06"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-07"), DayKind.HOLIDAY),
            Map.entry(LocalDate.parse("2026-10-10"), DayKind.WORKDAY));

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(() -> DAYS_2026);

    @ParameterizedTest(name = "{0} {1}: {2} → {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            sign-off   | P5D  | 2026-09-24 | 2026-10-09 | Mid-Autumn Friday and the National Day week are off
            sign-off   | P5D  | 2026-09-17 | 2026-09-23 | the make-up Sunday 20 September counts
            sign-off   | P5D  | 2026-02-12 | 2026-02-26 | make-up Sat 14 Feb counts, Spring Festival 15-23 Feb off
            sign-off   | P5D  | 2026-04-30 | 2026-05-11 | Labour Day 1-5 May off, make-up Saturday 9 May counts
            sign-off   | P5D  | 2026-06-18 | 2026-06-26 | Dragon Boat Friday 19 June is off
            sign-off   | P5D  | 2026-12-31 | 2027-01-07 | across the new year, no 2027 holidays declared
            sign-off   | P5D  | 2026-11-27 | 2026-12-04 | assigned on a Friday: the weekend does not count
            sign-off   | P5D  | 2026-11-28 | 2026-12-04 | assigned on a Saturday: counting starts Monday
            contact    | P15D | 2026-10-16 | 2026-11-06 | three full weeks after the National Day week
            contact    | P15D | 2026-09-18 | 2026-10-15 | make-up 20 Sept and 10 Oct count; 25 Sept and 1-7 Oct do not
            contact    | P15D | 2025-12-31 | 2026-01-22 | New Year 1-3 Jan off, make-up Sunday 4 Jan counts
            contact    | P15D | 2026-02-10 | 2026-03-09 | across Spring Festival with both make-up Saturdays
            evaluation | P15D | 2026-09-30 | 2026-10-27 | the National Day week does not count, 10 Oct does
            evaluation | P15D | 2026-04-01 | 2026-04-23 | Qingming Monday 6 April is off
            reply      | P3M  | 2026-10-16 | 2027-01-18 | 16 Jan 2027 is a Saturday: next working day
            reply      | P3M  | 2026-07-01 | 2026-10-08 | 1 Oct falls in the National Day week: 8 Oct
            reply      | P3M  | 2026-06-20 | 2026-09-20 | three months end on Sunday 20 Sept, a make-up working day
            reply      | P3M  | 2026-11-30 | 2027-03-01 | 28 Feb 2027 is a Sunday: Monday 1 March
            """)
    void deadlineFallsOnTheHandWorkedDay(
            String deadline, String period, LocalDate start, LocalDate expected, String why) {
        Period p = Period.parse(period);
        LocalDate due = p.getMonths() > 0
                ? calendar.onOrNextWorkingDay(start.plus(p))
                : calendar.addWorkingDays(start, p.getDays());
        assertThat(due).as(deadline + ": " + why).isEqualTo(expected);
    }
}
