package org.cppcc.platform.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An action of step 5 that is due soon, then overdue, is reminded to its unit once for each. */
class ActionRemindersTest extends IntegrationTest {

    @Autowired
    ActionReminders reminders;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    Clock clock;

    @Test
    void dueSoonThenOverdueEachRemindedOnce() {
        Map<String, Object> action = jdbc.queryForMap("SELECT a.id, a.unit_id FROM consultation_action a "
                + "JOIN consultation_matter m ON m.id = a.matter_id "
                + "WHERE a.status <> 'DONE' AND m.state = 'IMPLEMENTING' ORDER BY a.id LIMIT 1");
        long id = ((Number) action.values().toArray()[0]).longValue();
        long unit = ((Number) action.values().toArray()[1]).longValue();
        LocalDate today = LocalDate.now(clock);

        jdbc.update(
                "UPDATE consultation_action SET due_date = ?, due_soon_reminded_at = NULL, "
                        + "overdue_reminded_at = NULL WHERE id = ?",
                calendar.addWorkingDays(today, 1),
                id);
        assertThat(reminders.scan()).isPositive();
        assertThat(reminders.scan()).as("each reminded once").isZero();
        awaitEvents();
        assertThat(notices(id, unit, "due-soon")).isEqualTo(count(unit));

        jdbc.update("UPDATE consultation_action SET due_date = ? WHERE id = ?", today.minusDays(3), id);
        assertThat(reminders.scan()).isPositive();
        assertThat(reminders.scan()).as("each reminded once").isZero();
        awaitEvents();
        assertThat(notices(id, unit, "overdue")).isEqualTo(count(unit)).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT category FROM notification WHERE source_key = ? "
                                + "AND account_id IN (SELECT id FROM app_account WHERE unit_id = ?) LIMIT 1",
                        String.class,
                        "consultation-action-" + id + "-overdue",
                        unit))
                .isEqualTo("OVERDUE");
    }

    private long notices(long action, long unit, String kind) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE source_key = ? "
                        + "AND account_id IN (SELECT id FROM app_account WHERE unit_id = ?)",
                Long.class,
                "consultation-action-" + action + "-" + kind,
                unit);
    }

    private long count(long unit) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM app_account WHERE unit_id = ? AND enabled = TRUE", Long.class, unit);
    }
}
