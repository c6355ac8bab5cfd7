package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * One open deadline: who must act ({@code unitId} for a unit's item; {@code actorAccountIds} for the
 * proposers of an evaluation), on which proposal and assignment, by when. {@code key()} names the item
 * together with its due date, so that a moved deadline (an extension) is a new item.
 */
public record DeadlineItem(
        DeadlineKind kind,
        long proposalId,
        Integer proposalNumber,
        String title,
        ProposalState state,
        boolean keyProposal,
        Long assignmentId,
        Long unitId,
        String unitName,
        UnitRole unitRole,
        LocalDate dueDate,
        List<Long> actorAccountIds) {

    public String key() {
        return kind.name() + ":" + (assignmentId != null ? "a" + assignmentId : "p" + proposalId) + ":" + dueDate;
    }
}
