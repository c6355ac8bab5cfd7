package org.cppcc.platform.notification.internal;

/** A row of notification_preference. */
public class PreferenceRow {
    public long accountId;
    public String category;
    public boolean inApp;
    public String email;
    public boolean sms;

    Preference toPreference() {
        return new Preference(NoticeCategory.valueOf(category), inApp, EmailChoice.valueOf(email), sms);
    }
}
