package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.Satisfaction;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.internal.ProposalProcess.Tasks;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluation by the proposers, then closing (with follow-up and publication) or a second round. */
@Service
class EvaluationCommands {

    private final CommandSupport support;
    private final HandlingMapper handling;
    private final HandlingState state;
    private final OrganisationDirectory directory;

    EvaluationCommands(
            CommandSupport support, HandlingMapper handling, HandlingState state, OrganisationDirectory directory) {
        this.support = support;
        this.handling = handling;
        this.state = state;
        this.directory = directory;
    }

    /** A proposer's own feedback form, or a paper form the office enters on a proposer's behalf. */
    @Transactional
    void evaluate(PlatformUser actor, long proposalId, HandlingForms.Evaluation form) {
        ProposalRow proposal = support.lockVisible(actor, proposalId);
        boolean onPaper = form.memberId() != null;
        if (onPaper) {
            ProposalAccess.requireRole(actor, Role.PROPOSAL_OFFICE);
        }
        Long memberId = onPaper ? form.memberId() : support.access.memberId(actor);
        if (memberId == null || !state.evaluatorMembers(proposal).contains(memberId)) {
            throw onPaper
                    ? ApiException.invalid("memberId", "该委员不是本提案的提案人")
                    : new ApiException(ErrorCode.FORBIDDEN, "只有本提案的提案人可以评价答复");
        }
        ProposalAccess.requireState(proposal, ProposalState.AWAITING_EVALUATION);
        if (form.contacted() && form.contactWay() == null) {
            throw ApiException.invalid("contactWay", "请选择承办单位与您沟通的方式");
        }
        HandlingMapper.EvaluationRow row = new HandlingMapper.EvaluationRow();
        row.proposalId = proposalId;
        row.handlingRound = proposal.handlingRound;
        row.memberId = memberId;
        row.contacted = form.contacted();
        row.contactWay = form.contacted() ? form.contactWay().name() : null;
        row.attitude = form.attitude().name();
        row.result = form.result().name();
        row.comments = blankToNull(form.comments());
        row.enteredBy = actor.id();
        row.onPaper = onPaper;
        row.createdAt = support.now();
        try {
            handling.insertEvaluation(row);
        } catch (DuplicateKeyException twice) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "本轮答复已经评价过，不能重复评价");
        }
        long evaluatorAccount = directory
                .member(memberId)
                .map(OrganisationDirectory.MemberRef::accountId)
                .orElseThrow(() -> ApiException.invalid("memberId", "该委员未开通账户"));
        if (!support.workflow.waitsFor(proposal, Tasks.EVALUATE)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "评价期限已过");
        }
        support.workflow.evaluate(proposal, evaluatorAccount);
        String who = directory
                .member(memberId)
                .map(OrganisationDirectory.MemberRef::name)
                .orElse("");
        support.history.recordOnBehalf(
                proposal.id,
                actor,
                onPaper ? Role.PROPOSAL_OFFICE : Role.MEMBER,
                onPaper ? who : null,
                HistoryAction.EVALUATE,
                proposal.state,
                proposal.state,
                (onPaper ? "代录纸质征询意见表。" : "") + "办理态度：" + label(form.attitude()) + "；办理结果：" + label(form.result())
                        + (row.comments == null ? "" : "；" + row.comments));
        List<Long> evaluated = handling.evaluations(proposalId).stream()
                .filter(e -> e.handlingRound() == proposal.handlingRound)
                .map(HandlingViews.EvaluationView::memberId)
                .toList();
        boolean allEvaluated = evaluated.containsAll(state.evaluatorMembers(proposal));
        support.publish(
                proposal,
                actor,
                onPaper ? Role.PROPOSAL_OFFICE : Role.MEMBER,
                proposal.state,
                f -> new ProposalEvent.Evaluated(
                        f,
                        memberId,
                        evaluatorAccount,
                        onPaper,
                        form.contacted(),
                        form.attitude(),
                        form.result(),
                        allEvaluated));
    }

    @Transactional
    void decideAfterEvaluation(PlatformUser office, long proposalId, HandlingForms.AfterEvaluation decision) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        ProposalRow proposal = support.lockVisible(office, proposalId);
        ProposalAccess.requireState(proposal, ProposalState.AWAITING_EVALUATION);
        if (!support.workflow.waitsFor(proposal, Tasks.DECIDE_AFTER_EVALUATION)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "尚有提案人未评价，且评价期限未到");
        }
        String comment = blankToNull(decision.comment());
        if (decision.decision() == HandlingForms.AfterEvaluation.Decision.REHANDLE) {
            boolean unsatisfied = handling.evaluations(proposalId).stream()
                    .filter(e -> e.handlingRound() == proposal.handlingRound)
                    .anyMatch(e -> e.result() == Satisfaction.UNSATISFIED || e.attitude() == Satisfaction.UNSATISFIED);
            if (!unsatisfied) {
                throw new ApiException(ErrorCode.STATE_CONFLICT, "只有提案人评价为不满意时才能重新办理");
            }
            List<Long> slots = nextRound(proposal);
            support.move(proposal, ProposalState.AWAITING_EVALUATION, ProposalState.REHANDLING);
            support.workflow.rehandle(proposal, slots);
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.ORDER_REHANDLING,
                    ProposalState.AWAITING_EVALUATION,
                    null,
                    "第" + proposal.handlingRound + "轮办理" + (comment == null ? "" : "。" + comment));
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    ProposalState.AWAITING_EVALUATION,
                    f -> new ProposalEvent.RehandlingOrdered(f, f.handlingRound(), comment));
        } else {
            boolean tracked = handling.replies(proposalId).stream()
                    .filter(r -> r.handlingRound == proposal.handlingRound && r.status == ReplyStatus.SENT)
                    .anyMatch(r -> r.effectiveClass() != ReplyClass.A);
            support.move(proposal, ProposalState.AWAITING_EVALUATION, ProposalState.CLOSED);
            handling.closeProposal(proposalId, tracked, support.now());
            support.workflow.close(proposal);
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.CLOSE,
                    ProposalState.AWAITING_EVALUATION,
                    null,
                    (tracked ? "含B类或C类答复，继续跟踪办理" : "办结") + (comment == null ? "" : "。" + comment));
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    ProposalState.AWAITING_EVALUATION,
                    f -> new ProposalEvent.Closed(f, tracked, comment));
        }
    }

    @Transactional
    void publish(PlatformUser office, long proposalId) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        ProposalRow proposal = support.lockVisible(office, proposalId);
        ProposalAccess.requireState(proposal, ProposalState.CLOSED);
        if (!proposal.consentPublish) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "提案人不同意公开，不能公开");
        }
        support.move(proposal, ProposalState.CLOSED, ProposalState.PUBLISHED);
        handling.publishProposal(proposalId, support.now());
        support.workflow.publish(proposal);
        support.record(proposal, office, Role.PROPOSAL_OFFICE, HistoryAction.PUBLISH, ProposalState.CLOSED, null, null);
        support.publish(proposal, office, Role.PROPOSAL_OFFICE, ProposalState.CLOSED, ProposalEvent.Published::new);
    }

    /** The same units handle again, already signed for, with a new reply deadline. */
    private List<Long> nextRound(ProposalRow proposal) {
        List<AssignmentRow> units = state.current(proposal);
        handling.nextRound(proposal.id);
        proposal.handlingRound++;
        List<Long> slots = new ArrayList<>();
        for (AssignmentRow previous : units) {
            AssignmentRow next = new AssignmentRow();
            next.proposalId = proposal.id;
            next.unitId = previous.unitId;
            next.unitRole = previous.unitRole;
            next.status = AssignmentStatus.SIGNED;
            next.handlingRound = proposal.handlingRound;
            next.signedBy = previous.signedBy;
            next.signedAt = support.now();
            next.createdAt = support.now();
            next.updatedAt = next.createdAt;
            support.proposals.insertAssignment(next);
            state.startHandlingClock(proposal, next.id, support.today());
            slots.add(next.id);
        }
        return slots;
    }

    private static String label(Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }
}
