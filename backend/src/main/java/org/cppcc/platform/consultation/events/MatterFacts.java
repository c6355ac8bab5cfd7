package org.cppcc.platform.consultation.events;

import java.time.LocalDateTime;
import java.util.UUID;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;

/**
 * What every matter event carries, as it stood right after the change. No phone number: a listener that must
 * reach a resident without an account asks the consultation module, which knows whether they agreed to it.
 *
 * @param eventId unique per event: listeners use it to act once however often the event is delivered
 * @param roundNo the consultation round (0 before the first meeting is called, 2 after a re-consultation …)
 * @param raiserAccountId the resident's account when they raised it signed in; null otherwise
 * @param actorAccountId who acted; null for a resident without an account, or for the system
 * @param actorRole the role they acted in; null for the system
 */
public record MatterFacts(
        UUID eventId,
        long matterId,
        long workstationId,
        String title,
        MatterState state,
        MatterState previousState,
        int roundNo,
        Long raiserAccountId,
        Long actorAccountId,
        Role actorRole,
        LocalDateTime occurredAt) {

    /** 「…」: how notices name the matter. */
    public String label() {
        return "「" + title + "」";
    }
}
