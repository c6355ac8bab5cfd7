package org.cppcc.platform.notification.internal;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.notification.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the people a micro-consultation step concerns. */
@Component
class ConsultationNotices {

    private final NotificationService notifications;
    private final AccountService accounts;

    ConsultationNotices(NotificationService notifications, AccountService accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    /** Step 5's reminder to the action's unit: due within a working day, or overdue. */
    @ApplicationModuleListener
    void on(MatterEvent.ActionDue due) {
        Notice notice = new Notice(
                due.overdue() ? "OVERDUE" : "REMINDER",
                (due.overdue() ? "微协商措施已超期：" : "微协商措施即将到期：") + due.facts().title(),
                "措施「" + due.content() + "」应于" + due.dueDate() + "前完成，当前进度" + due.progressPercent() + "%。请及时报告办理进展。",
                "/consultation/actions",
                "consultation-action-" + due.actionId() + (due.overdue() ? "-overdue" : "-due-soon"));
        notifications.send(notice, accounts.accountsOfUnit(due.unitId()));
    }
}
