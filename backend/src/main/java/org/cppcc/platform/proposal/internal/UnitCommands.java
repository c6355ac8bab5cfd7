package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.util.Date;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A handling unit's side: signing for an assignment or asking to return it. */
@Service
class UnitCommands {

    private final CommandSupport support;
    private final ProposalMapper proposals;
    private final HandlingState handlingState;

    UnitCommands(CommandSupport support, HandlingState handlingState) {
        this.support = support;
        this.proposals = support.proposals;
        this.handlingState = handlingState;
    }

    @Transactional
    void signFor(PlatformUser unit, long assignmentId) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = support.lockVisible(unit, assignment.proposalId);
        awaitingSignOff(
                assignment,
                proposals.assignmentTransition(
                        assignmentId, AssignmentStatus.AWAITING_SIGN_OFF, AssignmentStatus.SIGNED, support.now()));
        proposals.recordSigning(assignmentId, unit.id(), support.now());
        handlingState.startHandlingClock(proposal, assignmentId, support.today());
        support.workflow.signFor(proposal, assignmentId, "SIGNED");
        LocalDate keyLimit = handlingState.keyReplyLimit(assignmentId);
        if (keyLimit != null) {
            support.workflow.setHandlingDue(
                    proposal,
                    assignmentId,
                    Date.from(proposals
                            .findAssignment(assignmentId)
                            .replyDueDate
                            .atTime(23, 59, 59)
                            .atZone(support.clock.getZone())
                            .toInstant()));
        }
        ProposalState before = proposal.state;
        boolean allSigned = proposals.assignments(proposal.id).stream()
                .filter(a -> a.status != AssignmentStatus.RETURNED)
                .allMatch(a -> a.status == AssignmentStatus.SIGNED);
        if (allSigned && before == ProposalState.AWAITING_SIGN_OFF) {
            support.move(proposal, ProposalState.AWAITING_SIGN_OFF, ProposalState.HANDLING);
        }
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.SIGN_FOR,
                before,
                assignmentId,
                assignment.unitName + "签收");
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                before,
                f -> new ProposalEvent.Signed(
                        f, assignmentId, assignment.unitId, assignment.unitName, f.state() != f.previousState()));
    }

    @Transactional
    void requestReturn(PlatformUser unit, long assignmentId, String reason) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = support.lockVisible(unit, assignment.proposalId);
        if (assignment.status == AssignmentStatus.AWAITING_SIGN_OFF
                && assignment.signDueDate != null
                && support.today().isAfter(assignment.signDueDate)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "已超过签收期限（" + assignment.signDueDate + "），不能申请退回");
        }
        awaitingSignOff(
                assignment,
                proposals.assignmentTransition(
                        assignmentId,
                        AssignmentStatus.AWAITING_SIGN_OFF,
                        AssignmentStatus.RETURN_REQUESTED,
                        support.now()));
        proposals.recordReturnRequest(assignmentId, reason.strip());
        support.workflow.signFor(proposal, assignmentId, "RETURN_REQUESTED");
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.REQUEST_RETURN,
                proposal.state,
                assignmentId,
                assignment.unitName + "申请退回：" + reason.strip());
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.ReturnRequested(
                        f, assignmentId, assignment.unitId, assignment.unitName, reason.strip()));
    }

    long currentAssignment(long proposalId, long unitId) {
        return proposals.assignments(proposalId).stream()
                .filter(a -> a.unitId == unitId && a.status != AssignmentStatus.RETURNED)
                .map(a -> a.id)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("交办记录"));
    }

    private static void awaitingSignOff(AssignmentRow assignment, int moved) {
        if (moved != 1) {
            throw new ApiException(
                    ErrorCode.STATE_CONFLICT,
                    assignment.status == AssignmentStatus.AWAITING_SIGN_OFF ? "该交办已被本单位其他人员处理，请刷新后查看" : "该交办不在待签收状态");
        }
    }
}
