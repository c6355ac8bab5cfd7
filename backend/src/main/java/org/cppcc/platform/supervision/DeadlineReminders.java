package org.cppcc.platform.supervision;

/** The reminder scan, for whatever wants it run now (the schedule, the demo clock switch, tests). */
public interface DeadlineReminders {

    /** Sends every reminder that is due and not yet sent; returns how many reminders went out from this call. */
    int scan();
}
