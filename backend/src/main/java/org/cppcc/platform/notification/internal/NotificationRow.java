package org.cppcc.platform.notification.internal;

import java.time.LocalDateTime;

/** A row of the notification table, as written and as the outbox reads it. */
public class NotificationRow {
    public Long id;
    public long accountId;
    public String category;
    public String title;
    public String body;
    public String link;
    public String sourceKey;
    public LocalDateTime createdAt;
    /** Shown in the centre (the account may take a category by e-mail only). */
    public boolean shown = true;

    public String emailTo;
    public String emailStatus;
    public int emailAttempts;
    public String digestId;
}
