package org.cppcc.platform.notification.internal;

import static org.cppcc.platform.notification.internal.NoticeCategory.OFFICE;
import static org.cppcc.platform.notification.internal.NoticeCategory.OPINION;

import java.util.Collection;

import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.opinion.OpinionSource;
import org.cppcc.platform.opinion.events.OpinionFacts;
import org.cppcc.platform.opinion.events.OpinionReportEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the authors of a 社情民意 report each step the office takes, and the office of each new report. The source
 * key is the event's id and the audience, so a redelivered event writes nothing new; whoever acted is not told.
 */
@Component
class OpinionNotices {

    private final NotificationService notifications;
    private final Recipients recipients;

    OpinionNotices(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Submitted e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                "新社情民意信息待审核：" + f.label(),
                f.label() + "（" + e.source().label() + "）待审核。",
                recipients.office());
        if (e.source() != OpinionSource.MEMBER) {
            send(
                    f,
                    "authors",
                    OPINION,
                    "已转为社情民意信息：" + f.label(),
                    "您的" + (e.source() == OpinionSource.PROPOSAL ? "提案" : "值班研判的事项") + "已转为" + f.label() + "，由提案委审核。",
                    f.authorAccountIds());
        }
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Edited e) {
        OpinionFacts f = e.facts();
        send(f, "authors", OPINION, "社情民意信息已编辑加工：" + f.label(), f.label() + "已由提案委编辑加工，原稿保留可查。", f.authorAccountIds());
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Adopted e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "authors",
                OPINION,
                "社情民意信息已采用：" + f.label(),
                f.label() + "已被采用。" + comment(e.comment()),
                f.authorAccountIds());
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Declined e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "authors",
                OPINION,
                "社情民意信息未采用：" + f.label(),
                f.label() + "未予采用。理由：" + e.reason(),
                f.authorAccountIds());
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.SentUpward e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "authors",
                OPINION,
                "社情民意信息已报送：" + f.label(),
                f.label() + "已于" + f.date() + "报送" + e.recipient() + "。",
                f.authorAccountIds());
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Instructed e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "authors",
                OPINION,
                "社情民意信息获领导批示：" + f.label(),
                e.leader() + "于" + f.date() + "对" + f.label() + "作出批示：" + e.text(),
                f.authorAccountIds());
    }

    @ApplicationModuleListener
    void on(OpinionReportEvent.Used e) {
        OpinionFacts f = e.facts();
        send(
                f,
                "authors",
                OPINION,
                "社情民意信息被采用：" + f.label(),
                f.label() + "于" + f.date() + "被" + e.usedBy() + "采用：" + e.description(),
                f.authorAccountIds());
    }

    private void send(
            OpinionFacts f, String audience, NoticeCategory category, String title, String body, Collection<Long> to) {
        notifications.sendToOthersThan(
                f.actorAccountId(),
                new Notice(
                        category.name(),
                        title,
                        body,
                        "/opinion/" + f.reportId(),
                        "opinion:" + f.eventId() + ":" + audience),
                to);
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "意见：" + comment.strip();
    }
}
