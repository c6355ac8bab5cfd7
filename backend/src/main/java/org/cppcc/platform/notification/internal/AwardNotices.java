package org.cppcc.platform.notification.internal;

import org.cppcc.platform.appraisal.events.ProposalAwarded;
import org.cppcc.platform.notification.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the proposers of a good proposal (优秀提案) that it was awarded, once the round's list is published. */
@Component
class AwardNotices {

    private final NotificationService notifications;

    AwardNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ProposalAwarded e) {
        notifications.sendToOthersThan(
                e.actorAccountId(),
                new Notice(
                        NoticeCategory.AWARD.name(),
                        e.label() + "被评为" + e.year() + "年度优秀提案",
                        "经主席会议（" + e.meetingDate() + "）审定，您的" + e.label() + "被评为" + e.year() + "年度优秀提案（" + e.roundName()
                                + "）。",
                        "/proposals/" + e.proposalId(),
                        "award:" + e.eventId()),
                e.proposerAccountIds());
    }
}
