package org.cppcc.platform.duty.events;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Something in the duty module that others act on. */
public sealed interface DutyEvent {

    /** Unique per event: listeners use it to act once however often the event is delivered. */
    UUID eventId();

    /** The office invited members (their accounts) to an activity. */
    record ActivityInvited(
            UUID eventId,
            long activityId,
            String kindLabel,
            String title,
            String place,
            LocalDateTime startsAt,
            List<Long> memberAccountIds,
            Long actorAccountId)
            implements DutyEvent {
        public ActivityInvited {
            memberAccountIds = List.copyOf(memberAccountIds);
        }
    }
}
