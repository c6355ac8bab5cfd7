package org.cppcc.platform.duty.internal;

import java.time.LocalDateTime;

/** A row of duty_activity. */
class ActivityRow {
    public Long id;
    public String kind;
    public String title;
    public String place;
    public LocalDateTime startsAt;
    public LocalDateTime endsAt;
    public String description;
    public long createdBy;
    public LocalDateTime createdAt;
    /** The key its sign-in codes are signed with (SignInTokens). */
    public String signInKey;
}
