package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.stereotype.Service;

/** The public acts, as forms for the same commands the API calls. */
@Service
class SupervisionActionsAdapter implements SupervisionActions {

    private final KeyProposalCommands keyProposals;
    private final InstructionCommands instructions;
    private final ChaseCommands chases;
    private final VisitCommands visits;

    SupervisionActionsAdapter(
            KeyProposalCommands keyProposals,
            InstructionCommands instructions,
            ChaseCommands chases,
            VisitCommands visits) {
        this.keyProposals = keyProposals;
        this.instructions = instructions;
        this.chases = chases;
        this.visits = visits;
    }

    @Override
    public void shortlist(PlatformUser office, long proposalId, String reason) {
        keyProposals.shortlist(office, new SupervisionForms.Shortlist(proposalId, reason));
    }

    @Override
    public void approveKeyProposal(
            PlatformUser office,
            long proposalId,
            String meetingName,
            LocalDate approvedOn,
            long leadLeaderId,
            LocalDate replyDueDate) {
        keyProposals.approve(
                office,
                proposalId,
                new SupervisionForms.Approval(meetingName, approvedOn, leadLeaderId, replyDueDate, null));
    }

    @Override
    public long instruct(PlatformUser leader, long proposalId, String content) {
        return instructions.instruct(leader, proposalId, new SupervisionForms.Instruction(content));
    }

    @Override
    public void acknowledge(PlatformUser unit, long instructionId, String note) {
        instructions.acknowledge(unit, instructionId, new SupervisionForms.Acknowledgement(note));
    }

    @Override
    public long chase(PlatformUser office, long proposalId, Long unitId, String message) {
        return chases.chase(office, new SupervisionForms.Chase(proposalId, unitId, message));
    }

    @Override
    public long recordVisit(
            PlatformUser actor,
            long proposalId,
            boolean lookBack,
            LocalDate date,
            String place,
            String participants,
            String notes) {
        return visits.recordVisit(
                actor,
                proposalId,
                new SupervisionForms.Visit(
                        lookBack ? SupervisionForms.VisitKind.LOOK_BACK : SupervisionForms.VisitKind.SITE_VISIT,
                        date,
                        place,
                        participants,
                        notes));
    }

    @Override
    public void setUnitLeaders(PlatformUser office, long unitId, List<Long> accountIds) {
        chases.setUnitLeaders(office, unitId, new SupervisionForms.UnitLeaders(accountIds));
    }

    @Override
    public long unitsWithLeaders() {
        return chases.unitsWithLeaders();
    }
}
