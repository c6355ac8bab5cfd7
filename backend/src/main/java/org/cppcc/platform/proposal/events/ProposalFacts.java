package org.cppcc.platform.proposal.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalState;

/**
 * What every proposal event carries, as it stood right after the change.
 *
 * @param eventId unique per event: listeners use it to act once however often the event is delivered
 * @param number the proposal number (提案号), null before registration
 * @param state the state after the change; {@code previousState} before it (equal when the state stayed)
 * @param ownerAccountId the account that drafted the proposal (the lead proposer, or a body's contact)
 * @param proposerAccountIds the lead proposer and every counted co-signer, including proposers of proposals
 *     merged into this one: the people who receive the reply
 * @param unitIds the handling units of the current round (none before assignment)
 * @param actorAccountId who acted; null when a deadline acted (the system)
 * @param actorRole the role they acted in; null for the system
 * @param occurredAt the platform's time of the change
 */
public record ProposalFacts(
        UUID eventId,
        long proposalId,
        long sessionId,
        Integer number,
        String title,
        String category,
        ProposalState state,
        ProposalState previousState,
        int handlingRound,
        boolean keyProposal,
        long ownerAccountId,
        List<Long> proposerAccountIds,
        List<Long> unitIds,
        Long actorAccountId,
        Role actorRole,
        LocalDateTime occurredAt) {

    public ProposalFacts {
        proposerAccountIds = List.copyOf(proposerAccountIds);
        unitIds = List.copyOf(unitIds);
    }

    /** "第12号提案「…」", or just the title before registration: how notices name the proposal. */
    public String label() {
        return (number == null ? "提案" : "第" + number + "号提案") + "「" + title + "」";
    }
}
