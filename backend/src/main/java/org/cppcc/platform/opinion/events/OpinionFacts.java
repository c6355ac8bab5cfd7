package org.cppcc.platform.opinion.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.cppcc.platform.account.Role;
import org.cppcc.platform.opinion.OpinionState;

/**
 * What every 社情民意 report event carries, as it stood right after the change.
 *
 * @param eventId unique per event: listeners use it to act once however often the event is delivered
 * @param state the state after the change; {@code previousState} before it (equal when the state stayed, e.g. a
 *     further sending upward)
 * @param authorMemberIds the lead author first, then the co-authors: the members the report counts for (empty
 *     for a report from a workstation that no member signed)
 * @param authorAccountIds the authors' accounts in the same order, leaving out members without a login: the people
 *     told of each step
 * @param actorAccountId who acted; null when the platform acted (a conversion delivered after its commit)
 * @param actorRole the role they acted in; null for the platform
 * @param date the day the step counts on: the day a report was submitted, adopted or declined, or the day the
 *     office says it was sent upward, instructed or used (which may be earlier than {@code occurredAt})
 * @param occurredAt the platform's time the change was recorded
 */
public record OpinionFacts(
        UUID eventId,
        long reportId,
        String title,
        String category,
        OpinionState state,
        OpinionState previousState,
        List<Long> authorMemberIds,
        List<Long> authorAccountIds,
        Long actorAccountId,
        Role actorRole,
        LocalDate date,
        LocalDateTime occurredAt) {

    public OpinionFacts {
        authorMemberIds = List.copyOf(authorMemberIds);
        authorAccountIds = List.copyOf(authorAccountIds);
    }

    /** 社情民意「…」: how notices name the report. */
    public String label() {
        return "社情民意「" + title + "」";
    }
}
