package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitLeaders;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply letter's way to the proposers: the replying unit drafts it, assisting units countersign,
 * the unit's leader signs, the office checks (and may change the class or return it). Only then is
 * it sent.
 */
@Service
class ReplyCommands {

    private final CommandSupport support;
    private final HandlingCommands handlingCommands;
    private final HandlingMapper handling;
    private final HandlingState state;
    private final OrganisationDirectory directory;
    private final UnitLeaders unitLeaders;

    ReplyCommands(
            CommandSupport support,
            HandlingCommands handlingCommands,
            HandlingMapper handling,
            HandlingState state,
            OrganisationDirectory directory,
            UnitLeaders unitLeaders) {
        this.unitLeaders = unitLeaders;
        this.support = support;
        this.handlingCommands = handlingCommands;
        this.handling = handling;
        this.state = state;
        this.directory = directory;
    }

    @Transactional
    void saveReply(PlatformUser unit, long assignmentId, HandlingForms.Reply form) {
        AssignmentRow assignment = replying(unit, assignmentId);
        ProposalRow proposal = handlingCommands.lockInHandling(unit, assignment);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (reply != null && reply.status != ReplyStatus.DRAFT && reply.status != ReplyStatus.RETURNED) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "答复已提交，不能修改");
        }
        boolean created = reply == null;
        if (created) {
            reply = new ReplyRow();
            reply.proposalId = proposal.id;
            reply.assignmentId = assignmentId;
            reply.handlingRound = proposal.handlingRound;
            reply.status = ReplyStatus.DRAFT;
            reply.version = 0;
            reply.createdAt = support.now();
            String session =
                    directory.session(proposal.sessionId).map(s -> s.name()).orElse("");
            reply.title = "关于" + session + "会议第" + proposal.proposalNumber + "号提案的答复";
            String unitCode = directory
                    .unit(assignment.unitId)
                    .map(OrganisationDirectory.UnitRef::code)
                    .orElse("");
            reply.referenceNumber = unitCode + "提复〔" + support.today().getYear() + "〕" + proposal.proposalNumber + "号"
                    + (proposal.handlingRound > 1 ? "-" + proposal.handlingRound : "");
        }
        reply.replyClass = form.replyClass();
        reply.body = form.body().strip();
        reply.signingLeader = form.signingLeader().strip();
        reply.officer = form.officer().strip();
        reply.officerPhone = form.officerPhone().strip();
        reply.updatedAt = support.now();
        if (created) {
            handling.insertReply(reply);
        } else {
            handling.updateReply(reply);
        }
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.SAVE_REPLY,
                proposal.state,
                assignmentId,
                assignment.unitName + "起草答复（" + form.replyClass() + "类）");
    }

    /** The lead unit may submit only after every assisting unit's opinion is in. */
    @Transactional
    void submitReply(PlatformUser unit, long assignmentId) {
        AssignmentRow assignment = replying(unit, assignmentId);
        ProposalRow proposal = handlingCommands.lockInHandling(unit, assignment);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (reply == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "请先起草答复");
        }
        ReplyStatus from = reply.status;
        if (from != ReplyStatus.DRAFT && from != ReplyStatus.RETURNED) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "答复已提交");
        }
        boolean countersigned = assignment.unitRole == UnitRole.LEAD
                && state.current(proposal).stream().anyMatch(a -> a.unitRole == UnitRole.ASSISTING);
        if (countersigned) {
            Set<Long> answered = handling.opinions(proposal.id).stream()
                    .map(HandlingViews.OpinionView::assignmentId)
                    .collect(Collectors.toSet());
            long missing = state.current(proposal).stream()
                    .filter(a -> a.unitRole == UnitRole.ASSISTING)
                    .filter(a -> !answered.contains(a.id))
                    .count();
            if (missing > 0) {
                throw new ApiException(ErrorCode.STATE_CONFLICT, "还有" + missing + "个会办单位未提交会办意见");
            }
        }
        handling.bumpReplyVersion(reply.id);
        moveReply(reply, from, countersigned ? ReplyStatus.COUNTERSIGNING : ReplyStatus.LEADER_APPROVAL);
        support.workflow.completeHandling(proposal, assignmentId);
        ProposalState before = followReplies(proposal);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.SUBMIT_REPLY,
                before,
                assignmentId,
                assignment.unitName + (countersigned ? "提交答复，送会办单位会签" : "提交答复，送单位领导签发"));
        List<Long> countersigners = countersigned
                ? state.current(proposal).stream()
                        .filter(a -> a.unitRole == UnitRole.ASSISTING)
                        .map(a -> a.unitId)
                        .toList()
                : List.of();
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                before,
                f -> new ProposalEvent.ReplySubmitted(
                        f,
                        assignmentId,
                        assignment.unitId,
                        assignment.unitName,
                        reply.replyClass,
                        countersigned,
                        countersigners));
    }

    @Transactional
    void countersign(PlatformUser unit, long assistingAssignmentId, HandlingForms.Countersign form) {
        AssignmentRow assisting = support.unitAssignment(unit, assistingAssignmentId);
        if (assisting.unitRole != UnitRole.ASSISTING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有会办单位会签答复");
        }
        ProposalRow proposal = support.lockVisible(unit, assisting.proposalId);
        AssignmentRow lead = state.current(proposal).stream()
                .filter(a -> a.unitRole == UnitRole.LEAD)
                .findFirst()
                .orElseThrow(() -> ProposalAccess.stateConflict(proposal.state));
        ReplyRow reply = handling.replyOf(lead.id);
        if (reply == null
                || reply.status != ReplyStatus.COUNTERSIGNING
                || assisting.handlingRound != proposal.handlingRound) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "没有待会签的答复");
        }
        if (handling.hasCountersigned(reply.id, reply.version, assistingAssignmentId)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "本单位已会签该答复");
        }
        String comment = blankToNull(form.comment());
        if (!form.agree() && comment == null) {
            throw ApiException.invalid("comment", "不同意时须填写会签意见");
        }
        handling.insertCountersign(
                reply.id, reply.version, assistingAssignmentId, form.agree(), comment, unit.id(), support.now());
        support.workflow.countersign(proposal, assistingAssignmentId);
        if (!form.agree()) {
            moveReply(reply, ReplyStatus.COUNTERSIGNING, ReplyStatus.RETURNED);
            handling.returnReply(reply.id, assisting.unitName + "：" + comment, support.now());
        } else if (allCountersigned(proposal, reply)) {
            moveReply(reply, ReplyStatus.COUNTERSIGNING, ReplyStatus.LEADER_APPROVAL);
        }
        ProposalState before = followReplies(proposal);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                form.agree() ? HistoryAction.AGREE_COUNTERSIGN : HistoryAction.REFUSE_COUNTERSIGN,
                before,
                assistingAssignmentId,
                assisting.unitName + (comment == null ? "" : "：" + comment));
        boolean allAgreed = reply.status == ReplyStatus.LEADER_APPROVAL;
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                before,
                f -> new ProposalEvent.Countersigned(
                        f,
                        assistingAssignmentId,
                        assisting.unitId,
                        assisting.unitName,
                        lead.unitId,
                        form.agree(),
                        allAgreed,
                        comment));
    }

    @Transactional
    void approveReply(PlatformUser unit, long assignmentId) {
        AssignmentRow assignment = replying(unit, assignmentId);
        ProposalRow proposal = support.lockVisible(unit, assignment.proposalId);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (reply == null || reply.status != ReplyStatus.LEADER_APPROVAL) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "没有待签发的答复");
        }
        requireLeader(unit, assignment);
        moveReply(reply, ReplyStatus.LEADER_APPROVAL, ReplyStatus.OFFICE_CHECK);
        support.workflow.approveReply(proposal, assignmentId);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.APPROVE_REPLY,
                proposal.state,
                assignmentId,
                assignment.unitName + "，签发领导：" + reply.signingLeader);
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.ReplyApproved(f, assignmentId, assignment.unitId, assignment.unitName));
    }

    /** The office's check; a passed reply reaches the proposers, a returned one goes back to handling. */
    @Transactional
    void checkReply(PlatformUser office, long assignmentId, HandlingForms.ReplyCheck check) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        AssignmentRow assignment = support.proposals.findAssignment(assignmentId);
        if (assignment == null) {
            throw ApiException.notFound("交办记录");
        }
        ProposalRow proposal = support.lockVisible(office, assignment.proposalId);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (reply == null || reply.status != ReplyStatus.OFFICE_CHECK) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "没有待审核的答复");
        }
        String comment = blankToNull(check.comment());
        if (check.approve()) {
            moveReply(reply, ReplyStatus.OFFICE_CHECK, ReplyStatus.SENT);
            handling.sendReply(
                    reply.id, check.finalClass() != null ? check.finalClass() : reply.replyClass, support.now());
            support.workflow.setEvaluators(proposal, state.evaluatorAccounts(proposal));
        } else {
            if (comment == null) {
                throw ApiException.invalid("comment", "退回答复须填写审核意见");
            }
            moveReply(reply, ReplyStatus.OFFICE_CHECK, ReplyStatus.RETURNED);
            handling.returnReply(reply.id, "提案委：" + comment, support.now());
        }
        support.workflow.checkReply(proposal, assignmentId, check.approve());
        ProposalState before = followReplies(proposal);
        String classNote = check.approve() && check.finalClass() != null && check.finalClass() != reply.replyClass
                ? "，答复类别由" + reply.replyClass + "类调整为" + check.finalClass() + "类"
                : "";
        support.record(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                check.approve() ? HistoryAction.PASS_REPLY : HistoryAction.RETURN_REPLY,
                before,
                assignmentId,
                assignment.unitName + classNote + (comment == null ? "" : "。" + comment));
        ReplyClass finalClass = check.finalClass() != null ? check.finalClass() : reply.replyClass;
        support.publish(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                before,
                f -> new ProposalEvent.ReplyChecked(
                        f, assignmentId, assignment.unitId, assignment.unitName, check.approve(), finalClass, comment));
    }

    /** Only an account named as the unit's 分管领导 signs off; while none is named, the office must name one. */
    private void requireLeader(PlatformUser unit, AssignmentRow assignment) {
        List<Long> leaders = unitLeaders.of(assignment.unitId);
        if (leaders.isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "本单位尚未指定分管领导，请联系提案委指定后再签发");
        }
        if (!leaders.contains(unit.id())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有本单位分管领导可以签发答复");
        }
    }

    private AssignmentRow replying(PlatformUser unit, long assignmentId) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        if (!HandlingState.replies(assignment)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "会办单位不直接答复，请提交会办意见");
        }
        return assignment;
    }

    private boolean allCountersigned(ProposalRow proposal, ReplyRow reply) {
        return state.current(proposal).stream()
                .filter(a -> a.unitRole == UnitRole.ASSISTING)
                .allMatch(a -> handling.hasCountersigned(reply.id, reply.version, a.id));
    }

    private void moveReply(ReplyRow reply, ReplyStatus from, ReplyStatus to) {
        if (handling.replyTransition(reply.id, from, to, support.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "答复状态已变化，请刷新后重试");
        }
        reply.status = to;
    }

    /** Moves the proposal to the state its replies add up to; returns the state it had. */
    private ProposalState followReplies(ProposalRow proposal) {
        ProposalState before = proposal.state;
        ProposalState after = state.stateFromReplies(proposal);
        if (after != before) {
            support.move(proposal, before, after);
        }
        return before;
    }
}
