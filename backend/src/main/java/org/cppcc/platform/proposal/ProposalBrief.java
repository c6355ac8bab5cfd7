package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.util.List;

/** What supervision shows of a proposal: number, title, state and the units of its current round. */
public record ProposalBrief(
        long id,
        long sessionId,
        Integer number,
        String title,
        String category,
        ProposalState state,
        boolean keyProposal,
        LocalDate replyDueLimit,
        List<UnitPart> units) {

    public record UnitPart(
            long assignmentId,
            long unitId,
            String unitName,
            UnitRole role,
            AssignmentStatus status,
            LocalDate signDueDate,
            LocalDate contactDueDate,
            LocalDate replyDueDate) {}
}
