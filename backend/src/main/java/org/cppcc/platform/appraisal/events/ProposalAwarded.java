package org.cppcc.platform.appraisal.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A proposal was named 优秀提案 and the round's list published.
 *
 * @param eventId unique per event: listeners act once however often it is delivered
 * @param proposerAccountIds the drafter, lead proposer and counted co-signers with an account (the notice's addressees)
 * @param proposerMemberIds the lead member and counted co-signers (what a member's duty record counts)
 * @param meetingDate the chair's meeting that decided the awards
 */
public record ProposalAwarded(
        UUID eventId,
        long proposalId,
        Integer proposalNumber,
        String proposalTitle,
        int year,
        long roundId,
        String roundName,
        LocalDate meetingDate,
        List<Long> proposerAccountIds,
        List<Long> proposerMemberIds,
        long actorAccountId,
        LocalDateTime occurredAt) {

    public ProposalAwarded {
        proposerAccountIds = List.copyOf(proposerAccountIds);
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }

    /** "第12号提案「…」": how notices name the proposal. */
    public String label() {
        return (proposalNumber == null ? "提案" : "第" + proposalNumber + "号提案") + "「" + proposalTitle + "」";
    }
}
