package org.cppcc.platform.notification.internal;

/** One account's channels for one category: in the centre or not, how by e-mail, and by SMS or not. */
record Preference(NoticeCategory category, boolean inApp, EmailChoice email, boolean sms) {

    /** What an account that never chose gets: every notice in the centre, and by e-mail at once; no SMS. */
    static Preference standard(NoticeCategory category) {
        return new Preference(category, true, EmailChoice.EACH, false);
    }

    boolean anyChannel() {
        return inApp || email != EmailChoice.OFF || sms;
    }
}
