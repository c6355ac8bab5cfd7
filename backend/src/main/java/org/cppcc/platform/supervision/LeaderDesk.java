package org.cppcc.platform.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;

/**
 * What a leader's home shows as rows, each naming its proposal: a committee leader's key proposals (those they
 * supervise), their instructions still unacknowledged and their supervision duties; a unit's 分管领导 the key
 * proposals of the unit, the instructions the unit has to acknowledge and the unit's overdue or escalated work.
 */
public interface LeaderDesk {

    /** Empty lists for an account that is neither a committee leader nor a unit's named leader. */
    Home of(PlatformUser viewer);

    record Home(
            String kind,
            List<KeyItem> keyProposals,
            List<InstructionItem> pendingInstructions,
            List<DutyItem> duties) {}

    record KeyItem(
            long proposalId,
            Integer proposalNumber,
            String title,
            String stateLabel,
            String status,
            String leadLeaderName,
            LocalDate replyDueDate) {}

    record InstructionItem(
            long instructionId,
            long proposalId,
            String proposalTitle,
            String unitName,
            String content,
            LocalDateTime instructedAt) {}

    record DutyItem(long proposalId, Integer proposalNumber, String title, String duty, LocalDate dueDate) {}
}
