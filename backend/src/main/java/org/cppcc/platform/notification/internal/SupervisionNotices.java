package org.cppcc.platform.notification.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.cppcc.platform.supervision.events.SupervisionFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people supervision concerns: the supervising leader (approval, units' acknowledgements of an
 * instruction), the handling units (key proposal, instruction, chasing) and whoever the reminder policy chose
 * for a deadline reminder or overdue warning.
 */
@Component
class SupervisionNotices {

    private final NotificationService notifications;
    private final Recipients recipients;

    SupervisionNotices(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.KeyProposalApproved e) {
        SupervisionFacts f = e.facts();
        send(
                f,
                "leader",
                NoticeCategory.KEY_PROPOSAL,
                "您领衔督办重点提案" + f.label(),
                f.label() + "经" + e.meetingName() + "审定列为重点提案，由您领衔督办。",
                List.of(e.leaderAccountId()));
        send(
                f,
                "units",
                NoticeCategory.KEY_PROPOSAL,
                f.label() + "列为重点提案",
                f.label() + "经" + e.meetingName() + "审定列为重点提案，领衔督办领导：" + e.leaderName()
                        + (e.replyDueDate() == null ? "" : "，答复期限：" + e.replyDueDate()) + "。请加大办理力度。",
                recipients.units(f.unitIds()));
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.SupervisingLeaderChanged e) {
        SupervisionFacts f = e.facts();
        send(
                f,
                "leader",
                NoticeCategory.KEY_PROPOSAL,
                "您领衔督办重点提案" + f.label(),
                "重点提案" + f.label() + "的领衔督办领导调整为您，请查看督办情况。",
                List.of(e.leaderAccountId()));
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.KeySupervisionConcluded e) {
        SupervisionFacts f = e.facts();
        send(
                f,
                "units",
                NoticeCategory.KEY_PROPOSAL,
                "重点提案结束督办：" + f.label(),
                "重点提案" + f.label() + "已结束督办。结论：" + e.conclusion(),
                recipients.units(f.unitIds()));
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.InstructionGiven e) {
        SupervisionFacts f = e.facts();
        List<Long> to = new ArrayList<>(recipients.units(f.unitIds()));
        to.addAll(recipients.office());
        send(
                f,
                "units-office",
                NoticeCategory.INSTRUCTION,
                e.leaderName() + "对" + f.label() + "作出批示",
                e.leaderName() + "批示：" + withStop(e.content()) + "请承办单位认真阅办并反馈。",
                to);
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.InstructionAcknowledged e) {
        SupervisionFacts f = e.facts();
        send(
                f,
                "leader",
                NoticeCategory.INSTRUCTION,
                e.unitName() + "已阅办您的批示",
                e.unitName() + "：" + e.note(),
                List.of(e.leaderAccountId()));
    }

    @ApplicationModuleListener
    void on(SupervisionEvent.Chased e) {
        SupervisionFacts f = e.facts();
        send(
                f,
                "units",
                NoticeCategory.CHASE,
                "【催办】" + f.label(),
                e.chaserName() + "（提案委）催办：" + e.message(),
                e.unitId() == null ? recipients.units(f.unitIds()) : recipients.unit(e.unitId()));
    }

    /**
     * A reminder or overdue warning, to the accounts the reminder policy chose. Its source key is the deadline
     * item, kind and level, which the scan's reminder row already makes unique.
     */
    @ApplicationModuleListener
    void on(SupervisionEvent.DeadlineReminder e) {
        SupervisionFacts f = e.facts();
        String what = e.deadlineKind() == DeadlineKind.EVALUATION
                ? "评价答复"
                : e.deadlineKind().label();
        String who = e.unitName() == null ? "" : e.unitName();
        String title;
        String body;
        if (!e.overdue()) {
            int left = e.workingDaysLeft();
            title = "【到期提醒】" + f.label() + what + (left == 0 ? "今日到期" : "还剩" + left + "个工作日");
            body = who + (who.isEmpty() ? "" : "：") + f.label() + "的" + what + "期限为" + e.dueDate()
                    + (left == 0 ? "（今天）" : "，还剩" + left + "个工作日") + "，请及时办理。";
        } else {
            int late = Math.max(1, -e.workingDaysLeft());
            title = "【超期预警" + (e.level() > 1 ? "·" + e.level() + "级" : "") + "】" + f.label() + what + "已超期";
            body = (who.isEmpty() ? "" : who + "：") + f.label() + "的" + what + "期限为" + e.dueDate() + "，已超期" + late
                    + "个工作日。本提醒发送给" + e.audience() + "，请督促尽快办理。";
        }
        String link = e.deadlineKind() == DeadlineKind.EVALUATION
                ? "/proposals/" + f.proposalId()
                : "/supervision/proposals/" + f.proposalId();
        String kind = e.overdue() ? "OVERDUE" : "DUE_SOON";
        notifications.send(
                new Notice(
                        e.overdue() ? NoticeCategory.OVERDUE.name() : NoticeCategory.REMINDER.name(),
                        title,
                        body,
                        link,
                        "reminder:" + e.itemKey() + ":" + kind + ":" + e.level()),
                e.recipientAccountIds());
    }

    private void send(
            SupervisionFacts f,
            String audience,
            NoticeCategory category,
            String title,
            String body,
            Collection<Long> to) {
        notifications.sendToOthersThan(
                f.actorAccountId(),
                new Notice(
                        category.name(),
                        title,
                        body,
                        "/supervision/proposals/" + f.proposalId(),
                        "supervision:" + f.eventId() + ":" + audience),
                to);
    }

    /** The text ending in one full stop, however the writer ended it. */
    private static String withStop(String text) {
        return text.endsWith("。") || text.endsWith("！") || text.endsWith("？") ? text : text + "。";
    }
}
