package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;

/**
 * What the official documents (提案表, 答复函, 征询意见表, 交办清单, 提案汇编) read of proposals. Each read
 * applies the same visibility as the proposal's own screens: a record the caller may not see is a 404.
 */
public interface ProposalPapers {

    /** The proposal as filed, with the replies the viewer may see when {@code withReplies}. */
    ProposalPaper proposal(PlatformUser viewer, long proposalId, boolean withReplies);

    /** The reply letter of one assignment, if the viewer may see that reply (404 otherwise). */
    ProposalPaper.Reply reply(PlatformUser viewer, long assignmentId);

    /**
     * The proposals handed to one unit in a session (every round), with their deadlines: the office and
     * leaders may ask for any unit, a handling unit only for itself (another unit's list is a 404).
     */
    List<HandedOver> handedTo(PlatformUser viewer, long unitId, long sessionId);

    /**
     * Every registered proposal of a session in number order, for the office and leaders (403 for others).
     * Replies are those sent to the proposers.
     */
    List<ProposalPaper> session(PlatformUser viewer, long sessionId, boolean withReplies);

    /**
     * One 交办会 and each unit's share of it, for the 交办通知 and 交办清单: the office and leaders see every unit,
     * a handling unit only its own (a batch that handed it nothing is a 404).
     */
    AssignmentBatch batch(PlatformUser viewer, long batchId);

    record AssignmentBatch(
            long id,
            String name,
            LocalDate meetingDate,
            String createdBy,
            LocalDateTime createdAt,
            List<UnitShare> units) {}

    record UnitShare(long unitId, String unitName, List<HandedOver> items) {}

    /** One line of a unit's 交办清单. */
    record HandedOver(
            long proposalId,
            Integer proposalNumber,
            String title,
            String proposer,
            UnitRole unitRole,
            String otherUnits,
            LocalDate signDueDate,
            LocalDate replyDueDate,
            LocalDateTime handedAt,
            AssignmentStatus status) {}
}
