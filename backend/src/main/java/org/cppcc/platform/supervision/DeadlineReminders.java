package org.cppcc.platform.supervision;

import java.time.LocalDateTime;

/** The reminder scan, for whatever wants it run now (the schedule, the demo clock switch, tests). */
public interface DeadlineReminders {

    /** Sends every reminder that is due and not yet sent; returns how many reminders went out from this call. */
    int scan();

    /**
     * Forgets the reminders recorded after {@code now} (the demo clock moved back before them); returns how many.
     */
    int forgetSentAfter(LocalDateTime now);
}
