package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.supervision.SupervisionActions;
import org.springframework.stereotype.Service;

/** The public acts, as forms for the same commands the API calls. */
@Service
class SupervisionActionsAdapter implements SupervisionActions {

    private final SupervisionCommands commands;

    SupervisionActionsAdapter(SupervisionCommands commands) {
        this.commands = commands;
    }

    @Override
    public void shortlist(PlatformUser office, long proposalId, String reason) {
        commands.shortlist(office, new SupervisionForms.Shortlist(proposalId, reason));
    }

    @Override
    public void approveKeyProposal(
            PlatformUser office,
            long proposalId,
            String meetingName,
            LocalDate approvedOn,
            long leadLeaderId,
            LocalDate replyDueDate) {
        commands.approve(
                office,
                proposalId,
                new SupervisionForms.Approval(meetingName, approvedOn, leadLeaderId, replyDueDate, null));
    }

    @Override
    public long instruct(PlatformUser leader, long proposalId, String content) {
        return commands.instruct(leader, proposalId, new SupervisionForms.Instruction(content));
    }

    @Override
    public void acknowledge(PlatformUser unit, long instructionId, String note) {
        commands.acknowledge(unit, instructionId, new SupervisionForms.Acknowledgement(note));
    }

    @Override
    public long chase(PlatformUser office, long proposalId, Long unitId, String message) {
        return commands.chase(office, new SupervisionForms.Chase(proposalId, unitId, message));
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
        return commands.recordVisit(
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
        commands.setUnitLeaders(office, unitId, new SupervisionForms.UnitLeaders(accountIds));
    }
}
