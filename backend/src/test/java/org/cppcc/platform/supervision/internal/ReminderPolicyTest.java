package org.cppcc.platform.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.calendar.DayKind;
import org.cppcc.platform.calendar.Term;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.supervision.internal.ReminderPolicy.Due;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which reminders a deadline is owed on a given day, with the shipped thresholds (5 and 1 working days
 * before, escalation 1, 3 and 5 working days after), counted on a 2026 wall calendar by hand.
 */
class ReminderPolicyTest {

    /** National Day 2026: 1 to 7 October off, Saturday 10 October worked. */
    private static final Map<LocalDate, DayKind> NATIONAL_DAY = Map.of(
            LocalDate.parse("2026-10-01"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-02"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-05"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-06"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-07"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-10"), DayKind.WORKDAY);

    private final ReminderPolicy policy = new ReminderPolicy(
            new WorkingDayCalendar(() -> NATIONAL_DAY),
            new SupervisionProperties(
                    List.of(5, 1),
                    List.of(1, 3, 5),
                    Term.valueOf("P2M"),
                    true,
                    Duration.ofMinutes(5),
                    new SupervisionProperties.Photos(12, 10_485_760, 6000, 6000, 24_000_000)));

    @ParameterizedTest(name = "reply due {0}, on {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-20 | 2026-11-12 | ''",
                "2026-11-20 | 2026-11-13 | DUE_SOON 5",
                "2026-11-20 | 2026-11-18 | DUE_SOON 5",
                "2026-11-20 | 2026-11-19 | DUE_SOON 1",
                "2026-11-20 | 2026-11-20 | DUE_SOON 1",
                "2026-11-20 | 2026-11-21 | ''",
                "2026-11-20 | 2026-11-23 | OVERDUE 1",
                "2026-11-20 | 2026-11-24 | OVERDUE 1",
                "2026-11-20 | 2026-11-25 | OVERDUE 1, OVERDUE 2",
                "2026-11-20 | 2026-11-27 | OVERDUE 1, OVERDUE 2, OVERDUE 3",
                // seven days off do not count as lateness: 8 October is the first working day after 30 September
                "2026-09-30 | 2026-10-08 | OVERDUE 1",
                "2026-09-30 | 2026-10-09 | OVERDUE 1",
                // the worked Saturday counts: three working days late
                "2026-09-30 | 2026-10-10 | OVERDUE 1, OVERDUE 2",
                "2026-09-30 | 2026-10-13 | OVERDUE 1, OVERDUE 2, OVERDUE 3",
                // and are not counted before the deadline either: five working days ahead of 9 October
                "2026-10-09 | 2026-09-29 | DUE_SOON 5",
            })
    void aReplyIsRemindedAtTheNearestThresholdAndEscalatedAtEveryLevelReached(
            LocalDate due, LocalDate today, String expected) {
        assertThat(describe(policy.due(item(DeadlineKind.REPLY, due), today))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "evaluation due {0}, on {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {"2026-11-20 | 2026-11-23 | OVERDUE 1", "2026-11-20 | 2026-11-30 | OVERDUE 1"})
    void aLateEvaluationGoesToTheOfficeOnlyAndIsNeverEscalatedFurther(LocalDate due, LocalDate today, String expected) {
        assertThat(describe(policy.due(item(DeadlineKind.EVALUATION, due), today)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "due {0}, on {1}: due soon {2}, overdue {3}")
    @CsvSource({
        "2026-11-20, 2026-11-12, false, false",
        "2026-11-20, 2026-11-13, true, false",
        "2026-11-20, 2026-11-20, true, false",
        "2026-11-20, 2026-11-21, false, true"
    })
    void dueSoonAndOverdueNeverHoldTogether(LocalDate due, LocalDate today, boolean dueSoon, boolean overdue) {
        assertThat(policy.dueSoon(due, today)).isEqualTo(dueSoon);
        assertThat(policy.overdue(due, today)).isEqualTo(overdue);
    }

    private static DeadlineItem item(DeadlineKind kind, LocalDate dueDate) {
        return new DeadlineItem(
                kind, 1L, 1, "案由", ProposalState.HANDLING, false, 10L, 20L, "单位", null, dueDate, List.of(30L));
    }

    private static String describe(List<Due> due) {
        return String.join(
                ", ", due.stream().map(d -> d.kind() + " " + d.level()).toList());
    }
}
