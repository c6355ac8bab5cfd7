package org.cppcc.platform.supervision.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.cppcc.platform.account.Role;

/**
 * What every supervision event carries: the proposal it concerns, its units still handling it, who acted and
 * when.
 *
 * @param eventId unique per event: listeners use it to act once however often the event is delivered
 * @param unitIds the units of the proposal's current round that have not handed it back
 * @param actorAccountId who acted; null for the reminder scan
 */
public record SupervisionFacts(
        UUID eventId,
        long proposalId,
        Integer proposalNumber,
        String proposalTitle,
        List<Long> unitIds,
        Long actorAccountId,
        Role actorRole,
        LocalDateTime occurredAt) {

    public SupervisionFacts {
        unitIds = List.copyOf(unitIds);
    }

    /** "第12号提案「…」": how notices name the proposal. */
    public String label() {
        return (proposalNumber == null ? "" : "第" + proposalNumber + "号提案") + "「" + proposalTitle + "」";
    }
}
