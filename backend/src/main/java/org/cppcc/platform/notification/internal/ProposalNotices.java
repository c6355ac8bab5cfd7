package org.cppcc.platform.notification.internal;

import static org.cppcc.platform.notification.internal.NoticeCategory.HANDLING;
import static org.cppcc.platform.notification.internal.NoticeCategory.OFFICE;
import static org.cppcc.platform.notification.internal.NoticeCategory.PROPOSAL;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.cppcc.platform.notification.Notice;
import org.cppcc.platform.proposal.ReviewDecision.ConversionKind;
import org.cppcc.platform.proposal.Satisfaction;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people each step of a proposal concerns: its proposers, the handling units' accounts, the proposal
 * office. Every notice's source key is the event's id and the audience, so an event delivered again (a
 * resubmitted publication) writes nothing new; whoever acted is not told of their own act.
 */
@Component
class ProposalNotices {

    private final NotificationService notifications;
    private final Recipients recipients;

    ProposalNotices(NotificationService notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ProposalEvent.CosignersInvited e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "invited",
                PROPOSAL,
                "邀请您联名：" + f.label(),
                "您被邀请作为" + f.label() + "的附议人，请于" + e.deadline() + "前确认是否附议。",
                e.invitedAccountIds());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Submitted e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                "新提案待审查：" + f.label(),
                f.label() + (e.byDeadline() ? "联名期限已到，自动提交审查" : "已提交审查")
                        + (e.notCounted() > 0 ? "（" + e.notCounted() + "位受邀委员未确认附议，不计入附议人）" : "") + "。",
                recipients.office());
        if (e.byDeadline()) {
            send(
                    f,
                    "proposers",
                    PROPOSAL,
                    "联名期限已到，提案已提交审查：" + f.label(),
                    f.label() + "的联名期限已到，已自动提交提案委审查。",
                    recipients.proposers(f));
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Registered e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案已立案：" + f.label(),
                "您的提案「" + f.title() + "」已立案，提案号为第" + e.number() + "号。" + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Refused e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案不予立案：" + f.label(),
                f.label() + "经审查不予立案。理由：" + e.reason() + "。" + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Converted e) {
        ProposalFacts f = e.facts();
        String to = e.convertedTo() == ConversionKind.PUBLIC_OPINION ? "社情民意信息" : "意见建议";
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案已转为" + to + "：" + f.label(),
                f.label() + "经审查转为" + to + "办理。" + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Merged e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案已并案：" + f.label(),
                f.label() + "已并入第" + e.targetNumber() + "号提案「" + e.targetTitle() + "」办理，您将同样收到该提案的答复。"
                        + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReturnedForRevision e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案退回修改：" + f.label(),
                f.label() + "被退回修改，请修改后重新提交。" + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Assigned e) {
        ProposalFacts f = e.facts();
        String units = e.assignments().stream()
                .map(a -> a.unitName() + "（" + role(a.role()) + "）")
                .collect(Collectors.joining("、"));
        send(f, "proposers", PROPOSAL, "提案已交办：" + f.label(), f.label() + "已交办：" + units + "。", recipients.proposers(f));
        for (ProposalEvent.UnitAssignment a : e.assignments()) {
            assignedToUnit(f, "unit:" + a.unitId(), a);
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Signed e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                e.unitName() + "已签收：" + f.label(),
                e.unitName() + "已签收" + f.label() + (e.handlingStarted() ? "，提案进入办理。" : "。"),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReturnRequested e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                e.unitName() + "申请退回：" + f.label(),
                e.unitName() + "申请退回" + f.label() + "。理由：" + e.reason(),
                recipients.office());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReturnDecided e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "unit:" + e.unitId(),
                HANDLING,
                "退回申请" + (e.approved() ? "已同意" : "未同意") + "：" + f.label(),
                e.approved()
                        ? "提案委同意了本单位对" + f.label() + "的退回申请。" + comment(e.comment())
                        : "提案委未同意本单位对" + f.label() + "的退回申请，请签收办理。" + comment(e.comment()),
                recipients.unit(e.unitId()));
        if (e.approved() && e.replacement() != null) {
            assignedToUnit(f, "unit:" + e.replacement().unitId(), e.replacement());
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.OpinionSent e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "lead:" + e.leadUnitId(),
                HANDLING,
                e.unitName() + "送来会办意见：" + f.label(),
                e.unitName() + "已提交对" + f.label() + "的会办意见，请在答复中统筹考虑。",
                recipients.unit(e.leadUnitId()));
    }

    /** The officer now holding the assignment hears of it; the previous one learns it has moved on. */
    @ApplicationModuleListener
    void on(ProposalEvent.OfficerAssigned e) {
        ProposalFacts f = e.facts();
        String why = e.reason() == null ? "" : "（" + e.reason() + "）";
        send(
                f,
                "officer",
                PROPOSAL,
                "请您承办：" + f.label(),
                e.unitName() + "指定您为" + f.label() + "的承办人" + why + "，请在待办中办理。",
                List.of(e.officerAccountId()));
        if (e.previousOfficerAccountId() != null) {
            send(
                    f,
                    "previousOfficer",
                    PROPOSAL,
                    "承办人已变更：" + f.label(),
                    f.label() + "已由" + e.unitName() + "转交其他承办人" + why + "。",
                    List.of(e.previousOfficerAccountId()));
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.MeetingScheduled e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "invitees",
                PROPOSAL,
                "办前协商会通知：" + f.label(),
                "定于" + e.meetingTime().toString().replace('T', ' ') + "在" + e.place() + "召开" + f.label() + "办前协商会"
                        + (e.chair() == null ? "" : "，主持：" + e.chair()) + "。敬请出席。",
                e.inviteeAccountIds());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ExtensionRequested e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                e.unitName() + "申请延期：" + f.label(),
                e.unitName() + "申请将" + f.label() + "的答复期限延长" + e.months() + "个月，请审批。",
                recipients.office());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ExtensionDecided e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "unit:" + e.unitId(),
                HANDLING,
                "延期申请" + (e.approved() ? "已批准" : "未批准") + "：" + f.label(),
                (e.approved()
                                ? "提案委批准了" + f.label() + "的延期申请，答复期限延至" + e.newReplyDueDate() + "。"
                                : "提案委未批准" + f.label() + "的延期申请，请按原期限答复。")
                        + comment(e.note()),
                recipients.unit(e.unitId()));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReplySubmitted e) {
        if (!e.countersigning()) {
            return;
        }
        ProposalFacts f = e.facts();
        send(
                f,
                "countersign",
                HANDLING,
                "请会签答复：" + f.label(),
                e.unitName() + "起草了" + f.label() + "的答复，请会签。",
                recipients.units(e.countersigningUnitIds()));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Countersigned e) {
        if (e.agreed() && !e.allAgreed()) {
            return;
        }
        ProposalFacts f = e.facts();
        send(
                f,
                "lead:" + e.leadUnitId(),
                HANDLING,
                (e.agreed() ? "会办单位均已会签：" : e.unitName() + "不同意答复：") + f.label(),
                e.agreed()
                        ? f.label() + "的答复已由会办单位全部会签，请报单位领导签发。"
                        : e.unitName() + "不同意" + f.label() + "的答复，请修改。" + comment(e.comment()),
                recipients.unit(e.leadUnitId()));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReplyApproved e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                "答复待审核：" + f.label(),
                e.unitName() + "对" + f.label() + "的答复已经单位领导签发，请审核。",
                recipients.office());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.ReplyChecked e) {
        ProposalFacts f = e.facts();
        if (e.passed()) {
            send(
                    f,
                    "proposers:" + e.assignmentId(),
                    PROPOSAL,
                    "提案已答复：" + f.label(),
                    e.unitName() + "已答复" + f.label() + "（" + e.finalClass() + "类）。请查看答复并填写征询意见表。",
                    recipients.proposers(f));
        } else {
            send(
                    f,
                    "unit:" + e.unitId(),
                    HANDLING,
                    "答复退回修改：" + f.label(),
                    "提案委审核未通过本单位对" + f.label() + "的答复，请修改后重新提交。" + comment(e.comment()),
                    recipients.unit(e.unitId()));
        }
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Evaluated e) {
        if (e.attitude() != Satisfaction.UNSATISFIED && e.result() != Satisfaction.UNSATISFIED) {
            return;
        }
        ProposalFacts f = e.facts();
        send(
                f,
                "office",
                OFFICE,
                "办理评价不满意：" + f.label(),
                "提案人对" + f.label() + "的办理" + (e.result() == Satisfaction.UNSATISFIED ? "结果" : "态度")
                        + "评价为不满意，请研究是否重新办理。",
                recipients.office());
    }

    @ApplicationModuleListener
    void on(ProposalEvent.RehandlingOrdered e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案重新办理：" + f.label(),
                f.label() + "已交承办单位重新办理（第" + e.round() + "轮）。" + comment(e.comment()),
                recipients.proposers(f));
        send(
                f,
                "units",
                HANDLING,
                "提案退回重新办理：" + f.label(),
                "提案人对" + f.label() + "的办理不满意，提案委要求重新办理（第" + e.round() + "轮），请再次与提案人沟通并答复。" + comment(e.comment()),
                recipients.units(f.unitIds()));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Closed e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "提案已办结：" + f.label(),
                f.label() + "已办结" + (e.tracked() ? "，承办单位将继续跟踪办理并报告进展" : "") + "。" + comment(e.comment()),
                recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.Published e) {
        ProposalFacts f = e.facts();
        send(f, "proposers", PROPOSAL, "提案已公开：" + f.label(), f.label() + "及其答复已在公开网站发布。", recipients.proposers(f));
    }

    @ApplicationModuleListener
    void on(ProposalEvent.FollowUpReported e) {
        ProposalFacts f = e.facts();
        send(
                f,
                "proposers",
                PROPOSAL,
                "跟踪办理进展：" + f.label(),
                e.unitName() + "报告了" + f.label() + "的后续办理情况，答复类别为" + e.newClass() + "类"
                        + (e.stillTracked() ? "，仍在跟踪办理。" : "，已不再跟踪。"),
                recipients.proposers(f));
    }

    private void assignedToUnit(ProposalFacts f, String audience, ProposalEvent.UnitAssignment a) {
        send(
                f,
                audience,
                HANDLING,
                "新交办提案待签收：" + f.label(),
                f.label() + "交由本单位" + role(a.role()) + (a.signDueDate() == null ? "" : "，请于" + a.signDueDate() + "前签收")
                        + "。如不属于本单位职责，可申请退回。",
                recipients.unit(a.unitId()));
    }

    private void send(
            ProposalFacts f, String audience, NoticeCategory category, String title, String body, Collection<Long> to) {
        notifications.sendToOthersThan(
                f.actorAccountId(),
                new Notice(
                        category.name(),
                        title,
                        body,
                        "/proposals/" + f.proposalId(),
                        "proposal:" + f.eventId() + ":" + audience),
                to);
    }

    private static String role(UnitRole role) {
        return switch (role) {
            case LEAD -> "主办";
            case ASSISTING -> "会办";
            case SPLIT -> "分办";
        };
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? "" : "意见：" + comment.strip();
    }
}
