package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5's reminders: a unit is told when one of its actions is due within a working day, and again
 * once it is overdue. Each notice carries a source key per action and kind, so the notification centre
 * keeps one of each however often, and on however many nodes, the scan runs.
 */
@Component
class ActionReminders {

    private final OpenActions openActions;
    private final AccountService accounts;
    private final Notifications notifications;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final boolean enabled;

    ActionReminders(
            OpenActions openActions,
            AccountService accounts,
            Notifications notifications,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${platform.consultation.reminders-enabled:true}") boolean enabled) {
        this.openActions = openActions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.calendar = calendar;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${platform.consultation.reminder-interval:PT10M}", initialDelayString = "PT30S")
    void scheduled() {
        if (enabled) {
            scan();
        }
    }

    /** Returns how many notices were written. */
    @Transactional
    public int scan() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (OpenAction action : openActions.dueBy(calendar.addWorkingDays(today, 1))) {
            boolean overdue = action.dueDate().isBefore(today);
            Notice notice = new Notice(
                    overdue ? "OVERDUE" : "REMINDER",
                    (overdue ? "微协商措施已超期：" : "微协商措施即将到期：") + action.matterTitle(),
                    "措施「" + action.content() + "」应于" + action.dueDate() + "前完成，当前进度" + action.progressPercent()
                            + "%。请及时报告办理进展。",
                    "/consultation/actions",
                    "consultation-action-" + action.id() + (overdue ? "-overdue" : "-due-soon"));
            written += notifications.send(notice, accounts.accountsOfUnit(action.unitId()));
        }
        return written;
    }

    record OpenAction(
            long id, String content, long unitId, LocalDate dueDate, int progressPercent, String matterTitle) {}

    @Mapper
    interface OpenActions {

        @Select("SELECT a.id, a.content, a.unit_id, a.due_date, a.progress_percent, m.title AS matter_title "
                + "FROM consultation_action a JOIN consultation_matter m ON m.id = a.matter_id "
                + "WHERE a.status <> 'DONE' AND m.state = 'IMPLEMENTING' AND a.due_date <= #{limit} "
                + "ORDER BY a.due_date, a.id")
        List<OpenAction> dueBy(@Param("limit") LocalDate limit);
    }
}
