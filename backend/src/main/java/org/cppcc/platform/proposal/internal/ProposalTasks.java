package org.cppcc.platform.proposal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.UnitLeaders;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN model asks the platform while it runs ({@code ${proposalTasks...}} expressions). These
 * run inside the engine's transaction; the timer listener runs on the async executor, with no user.
 */
@Component("proposalTasks")
class ProposalTasks {

    private final ProposalMapper proposals;
    private final HandlingMapper handling;
    private final ProposalHistory history;
    private final ProposalEventPublisher events;
    private final UnitLeaders unitLeaders;
    private final Clock clock;

    ProposalTasks(
            ProposalMapper proposals,
            HandlingMapper handling,
            ProposalHistory history,
            ProposalEventPublisher events,
            UnitLeaders unitLeaders,
            Clock clock) {
        this.proposals = proposals;
        this.unitLeaders = unitLeaders;
        this.handling = handling;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** The candidate group of the unit a branch's assignment belongs to. */
    public String unitGroup(Object assignmentId) {
        return ProposalProcess.unitGroup(assignment(assignmentId).unitId);
    }

    /** The unit's named 分管领导, who alone sign off its reply; empty while none is named. */
    public List<String> signOffUsers(Object assignmentId) {
        return unitLeaders.of(assignment(assignmentId).unitId).stream()
                .map(String::valueOf)
                .toList();
    }

    /** The unit's group keeps the sign-off only while no leader is named (the approval then asks to name one). */
    public List<String> signOffGroups(Object assignmentId) {
        AssignmentRow assignment = assignment(assignmentId);
        return unitLeaders.of(assignment.unitId).isEmpty()
                ? List.of(ProposalProcess.unitGroup(assignment.unitId))
                : List.of();
    }

    public boolean isAssisting(Object assignmentId) {
        return assignment(assignmentId).unitRole == UnitRole.ASSISTING;
    }

    /** The assisting units' assignments a lead's reply goes to for countersigning (none for split units). */
    public List<Long> countersigners(Object assignmentId) {
        AssignmentRow lead = assignment(assignmentId);
        if (lead.unitRole != UnitRole.LEAD) {
            return List.of();
        }
        return proposals.assignments(lead.proposalId).stream()
                .filter(a -> a.unitRole == UnitRole.ASSISTING
                        && a.handlingRound == lead.handlingRound
                        && a.status != AssignmentStatus.RETURNED)
                .map(a -> a.id)
                .toList();
    }

    /** True once an assisting unit disagreed with the current version of the lead's reply. */
    public boolean countersignRejected(Object assignmentId) {
        ReplyRow reply = handling.replyOf(((Number) assignmentId).longValue());
        return reply != null && handling.countersignRefused(reply.id, reply.version);
    }

    /** Branches of a re-handling round start signed: the same units go on without signing again. */
    public boolean alreadySigned(Object assignmentId) {
        return assignment(assignmentId).status == AssignmentStatus.SIGNED;
    }

    /** The evaluation window closed: whoever has not answered counts as no answer. */
    public void evaluationWindowClosed(DelegateExecution execution) {
        long proposalId = ProposalProcess.proposalId(execution.getProcessInstanceBusinessKey());
        history.record(
                proposalId,
                null,
                null,
                HistoryAction.EVALUATION_WINDOW_CLOSED,
                ProposalState.AWAITING_EVALUATION,
                ProposalState.AWAITING_EVALUATION,
                null,
                "评价期限届满，未评价的提案人视为未答复");
        events.publish(
                proposals.findById(proposalId),
                null,
                null,
                ProposalState.AWAITING_EVALUATION,
                ProposalEvent.EvaluationWindowClosed::new);
    }

    /** The co-sign deadline passed: unconfirmed invitations stop counting and the proposal goes to review. */
    public void cosignDeadlinePassed(DelegateExecution execution) {
        long proposalId = ProposalProcess.proposalId(execution.getProcessInstanceBusinessKey());
        LocalDateTime now = LocalDateTime.now(clock);
        if (proposals.transition(proposalId, ProposalState.COSIGNING, ProposalState.UNDER_REVIEW, now) == 1) {
            int expired = proposals.expireInvitations(proposalId, now);
            proposals.markSubmitted(proposalId, now);
            history.record(
                    proposalId,
                    null,
                    null,
                    HistoryAction.COSIGN_DEADLINE_PASSED,
                    ProposalState.COSIGNING,
                    ProposalState.UNDER_REVIEW,
                    null,
                    expired == 0 ? null : expired + "位委员未在期限内确认，不计入联名");
            events.publish(
                    proposals.findById(proposalId),
                    null,
                    null,
                    ProposalState.COSIGNING,
                    f -> new ProposalEvent.Submitted(f, true, expired));
        }
    }

    private AssignmentRow assignment(Object assignmentId) {
        AssignmentRow assignment = proposals.findAssignment(((Number) assignmentId).longValue());
        if (assignment == null) {
            throw new IllegalStateException("No assignment " + assignmentId);
        }
        return assignment;
    }
}
