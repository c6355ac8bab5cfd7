package org.cppcc.platform.notification.internal;

import org.cppcc.platform.duty.events.DutyEvent;
import org.cppcc.platform.notification.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells invited members of an activity (全体会议、视察 …) where and when, and that they answer on the platform. */
@Component
class DutyNotices {

    private final NotificationService notifications;

    DutyNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(DutyEvent.ActivityInvited e) {
        notifications.sendToOthersThan(
                e.actorAccountId(),
                new Notice(
                        NoticeCategory.DUTY.name(),
                        e.kindLabel() + "邀请：" + e.title(),
                        "定于" + e.startsAt().toString().replace('T', ' ') + "在" + e.place() + "举行" + e.kindLabel() + "「"
                                + e.title() + "」，请回复是否参加；不能参加请说明请假原因。当天请扫描现场二维码签到。",
                        "/duty/activities/" + e.activityId(),
                        "duty:" + e.eventId()),
                e.memberAccountIds());
    }
}
