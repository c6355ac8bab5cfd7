package org.cppcc.platform.notification.internal;

/** One account's channels for one category: in the centre or not, and how by e-mail. */
record Preference(NoticeCategory category, boolean inApp, EmailChoice email) {

    /** What an account that never chose gets: every notice in the centre, and by e-mail at once. */
    static Preference standard(NoticeCategory category) {
        return new Preference(category, true, EmailChoice.EACH);
    }

    boolean anyChannel() {
        return inApp || email != EmailChoice.OFF;
    }
}
