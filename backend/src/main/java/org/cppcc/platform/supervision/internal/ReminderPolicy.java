package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.DeadlineKind;
import org.springframework.stereotype.Component;

/** Which reminders an open item is owed on a given day, from the configured working-day thresholds. */
@Component
class ReminderPolicy {

    static final String DUE_SOON = "DUE_SOON";
    static final String OVERDUE = "OVERDUE";

    private final WorkingDayCalendar calendar;
    private final SupervisionProperties properties;

    ReminderPolicy(WorkingDayCalendar calendar, SupervisionProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    record Due(String kind, int level) {}

    /** Working days left until the due date (0 on the day itself); negative: working days past it. */
    int workingDaysLeft(LocalDate dueDate, LocalDate today) {
        return calendar.workingDaysBetween(today, dueDate);
    }

    boolean overdue(LocalDate dueDate, LocalDate today) {
        return today.isAfter(dueDate);
    }

    boolean dueSoon(LocalDate dueDate, LocalDate today) {
        return !overdue(dueDate, today) && workingDaysLeft(dueDate, today) <= properties.dueSoonDays();
    }

    /**
     * Before the deadline: the nearest threshold reached (5 working days ahead, then 1). After it: every
     * escalation level reached, each its own reminder. An evaluation has one overdue level (the office).
     */
    List<Due> due(DeadlineItem item, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (!overdue(item.dueDate(), today)) {
            int left = workingDaysLeft(item.dueDate(), today);
            properties.remindBefore().stream()
                    .filter(t -> left <= t)
                    .mapToInt(Integer::intValue)
                    .min()
                    .ifPresent(t -> due.add(new Due(DUE_SOON, t)));
            return due;
        }
        int late = calendar.workingDaysBetween(item.dueDate(), today);
        List<Integer> levels = properties.escalateAfter();
        int maxLevel = item.kind() == DeadlineKind.EVALUATION ? 1 : levels.size();
        for (int level = 1; level <= maxLevel; level++) {
            if (late >= levels.get(level - 1)) {
                due.add(new Due(OVERDUE, level));
            }
        }
        return due;
    }
}
