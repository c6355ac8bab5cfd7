package org.cppcc.platform.notification.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.consultation.MatterSubscriptions;
import org.cppcc.platform.consultation.TriageOutcome;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.consultation.events.MatterFacts;
import org.cppcc.platform.notification.Notice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a micro-consultation step concerns: the resident who raised the matter (when they raised it
 * signed in) at each step that answers them, and the units given actions or invited to a meeting.
 */
@Component
class ConsultationNotices {

    private final NotificationService notifications;
    private final Recipients recipients;
    private final MatterSubscriptions subscriptions;

    ConsultationNotices(NotificationService notifications, Recipients recipients, MatterSubscriptions subscriptions) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.subscriptions = subscriptions;
    }

    /** Raising needs no notice (the resident just did it), but a resident who asked for SMS gets the receipt. */
    @ApplicationModuleListener
    void on(MatterEvent.Raised e) {
        textRaiser(e.facts(), "已收到，将尽快受理");
    }

    @ApplicationModuleListener
    void on(MatterEvent.Triaged e) {
        MatterFacts f = e.facts();
        String result = e.outcome() == TriageOutcome.CONSULT
                ? "已受理，将提交协商议事。"
                : "处理结果：" + e.outcome().label() + "。";
        toRaiser(f, "您反映的事项" + f.label() + "已受理", "您反映的事项" + f.label() + result + comment(e.comment()));
        textRaiser(
                f,
                e.outcome() == TriageOutcome.CONSULT
                        ? "已受理，将提交协商"
                        : "已受理：" + e.outcome().label());
    }

    @ApplicationModuleListener
    void on(MatterEvent.MeetingScheduled e) {
        MatterFacts f = e.facts();
        send(
                f,
                "units",
                "微协商会议邀请：" + f.label(),
                "定于" + e.scheduledAt().toString().replace('T', ' ') + (e.online() ? "在线" : "在" + e.place())
                        + "召开协商会议，议题：" + e.topic() + "。敬请贵单位派员参加。",
                recipients.units(e.unitIds()));
    }

    @ApplicationModuleListener
    void on(MatterEvent.Decided e) {
        MatterFacts f = e.facts();
        toRaiser(
                f,
                "您反映的事项" + f.label() + "已形成协商结果",
                "经协商，" + f.label() + "形成以下结果：" + e.summary() + "（共"
                        + e.actions().size() + "项措施）。");
        textRaiser(f, "已形成协商结果");
    }

    @ApplicationModuleListener
    void on(MatterEvent.Published e) {
        MatterFacts f = e.facts();
        toRaiser(f, "协商结果已公开：" + f.label(), f.label() + "的协商结果已公开，各责任单位将按期落实。");
        textRaiser(f, "协商结果已公开");
        for (MatterEvent.ActionPlan action : e.actions()) {
            send(
                    f,
                    "action:" + action.actionId(),
                    "微协商措施待落实：" + f.label(),
                    "本单位负责措施「" + action.content() + "」，应于" + action.dueDate() + "前完成，请按时报告办理进展。",
                    recipients.unit(action.unitId()),
                    "/consultation/actions");
        }
    }

    @ApplicationModuleListener
    void on(MatterEvent.ProgressReported e) {
        if (!e.done()) {
            return;
        }
        MatterFacts f = e.facts();
        send(
                f,
                "raiser",
                "措施已完成：" + f.label(),
                e.unitName() + "已完成" + f.label() + "的第" + e.seq() + "项措施。",
                raiser(f),
                link(f));
        textRaiser(f, "第" + e.seq() + "项措施已完成");
    }

    @ApplicationModuleListener
    void on(MatterEvent.EvaluationOpened e) {
        MatterFacts f = e.facts();
        toRaiser(f, "请评价：" + f.label(), f.label() + "的各项措施均已完成，欢迎于" + e.closesOn() + "前评价办理结果。");
        textRaiser(f, "措施均已完成，请评价");
    }

    @ApplicationModuleListener
    void on(MatterEvent.Concluded e) {
        MatterFacts f = e.facts();
        toRaiser(
                f,
                "事项" + e.conclusion().label() + "：" + f.label(),
                "您反映的事项" + f.label() + "：" + e.conclusion().label() + "。" + comment(e.comment()));
        textRaiser(f, e.conclusion().label());
    }

    /** Step 5's reminder to the action's unit: due within a working day, or overdue. */
    @ApplicationModuleListener
    void on(MatterEvent.ActionDue due) {
        notifications.send(
                new Notice(
                        due.overdue() ? NoticeCategory.OVERDUE.name() : NoticeCategory.REMINDER.name(),
                        (due.overdue() ? "微协商措施已超期：" : "微协商措施即将到期：")
                                + due.facts().title(),
                        "措施「" + due.content() + "」应于" + due.dueDate() + "前完成，当前进度" + due.progressPercent()
                                + "%。请及时报告办理进展。",
                        "/consultation/actions",
                        "consultation-action-" + due.actionId() + (due.overdue() ? "-overdue" : "-due-soon")),
                recipients.unit(due.unitId()));
    }

    /**
     * One SMS per step to the phone of a resident who agreed to it on the raise form (template MATTER). Its source
     * key is the raiser notice's: a resident whose account also takes this category by SMS at the same phone is
     * texted once.
     */
    private void textRaiser(MatterFacts f, String step) {
        subscriptions.smsSubscriber(f.matterId()).ifPresent(s -> {
            Map<String, String> values = new HashMap<>();
            values.put("code", s.trackingCode());
            values.put("matter", f.title());
            values.put("step", step);
            values.put("title", f.label() + step);
            values.put("link", link(f));
            notifications.text("matter:" + f.eventId() + ":raiser", s.phone(), "MATTER", values);
        });
    }

    private void toRaiser(MatterFacts f, String title, String body) {
        send(f, "raiser", title, body, raiser(f), link(f));
    }

    private void send(MatterFacts f, String audience, String title, String body, Collection<Long> to) {
        send(f, audience, title, body, to, link(f));
    }

    private void send(MatterFacts f, String audience, String title, String body, Collection<Long> to, String link) {
        notifications.sendToOthersThan(
                f.actorAccountId(),
                new Notice(
                        NoticeCategory.CONSULTATION.name(),
                        title,
                        body,
                        link,
                        "matter:" + f.eventId() + ":" + audience),
                to);
    }

    private static List<Long> raiser(MatterFacts f) {
        return f.raiserAccountId() == null ? List.of() : List.of(f.raiserAccountId());
    }

    private static String link(MatterFacts f) {
        return "/consultation/matters/" + f.matterId();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "说明：" + comment.strip();
    }
}
