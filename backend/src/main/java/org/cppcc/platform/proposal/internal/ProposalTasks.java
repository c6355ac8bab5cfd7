package org.cppcc.platform.proposal.internal;

import java.util.List;

import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.UnitRole;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN model asks the platform while it runs ({@code ${proposalTasks...}} expressions). These
 * run inside the engine's transaction; the timer listener runs on the async executor, with no user.
 */
@Component("proposalTasks")
class ProposalTasks {

    private final ProposalMapper proposals;
    private final ProposalHistory history;
    private final java.time.Clock clock;

    ProposalTasks(ProposalMapper proposals, ProposalHistory history, java.time.Clock clock) {
        this.proposals = proposals;
        this.history = history;
        this.clock = clock;
    }

    /** The candidate group of the unit a branch's assignment belongs to. */
    public String unitGroup(Object assignmentId) {
        return ProposalWorkflow.unitGroup(assignment(assignmentId).unitId);
    }

    public boolean isAssisting(Object assignmentId) {
        return assignment(assignmentId).unitRole == UnitRole.ASSISTING;
    }

    /** The assisting units' assignments a lead's reply goes to for countersigning (none for split units). */
    public List<Long> countersigners(Object assignmentId) {
        AssignmentRecord lead = assignment(assignmentId);
        if (lead.unitRole != UnitRole.LEAD) {
            return List.of();
        }
        return proposals.assignments(lead.proposalId).stream()
                .filter(a -> a.unitRole == UnitRole.ASSISTING && a.handlingRound == lead.handlingRound
                        && a.status != AssignmentStatus.RETURNED)
                .map(a -> a.id)
                .toList();
    }

    /** Countersigning is built with the reply (part 2 of the lifecycle); until then nobody refuses. */
    public boolean countersignRejected(Object assignmentId) {
        return false;
    }

    /** The co-sign deadline passed: unconfirmed invitations stop counting and the proposal goes to review. */
    public void cosignDeadlinePassed(DelegateExecution execution) {
        long proposalId = Long.parseLong(execution.getProcessInstanceBusinessKey().substring("proposal-".length()));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        if (proposals.transition(proposalId, ProposalState.COSIGNING, ProposalState.UNDER_REVIEW, now) == 1) {
            int expired = proposals.expireInvitations(proposalId, now);
            proposals.markSubmitted(proposalId, now);
            history.record(proposalId, null, null, HistoryAction.COSIGN_DEADLINE_PASSED, ProposalState.COSIGNING,
                    ProposalState.UNDER_REVIEW, null, expired == 0 ? null : expired + "位委员未在期限内确认，不计入联名");
        }
    }

    private AssignmentRecord assignment(Object assignmentId) {
        AssignmentRecord assignment = proposals.findAssignment(((Number) assignmentId).longValue());
        if (assignment == null) {
            throw new IllegalStateException("No assignment " + assignmentId);
        }
        return assignment;
    }
}
