package org.cppcc.platform.notification.internal;

import java.time.LocalDateTime;

/** A row of notification_sms: one text message to one phone for one event and audience. */
public class SmsRow {
    public Long id;
    public String sourceKey;
    public String phone;
    public Long accountId;
    public String template;
    public String templateId;
    /** The template's parameters, in order, separated by {@link SmsOutbox#SEPARATOR}. */
    public String params;

    public String status;
    public int attempts;
    public LocalDateTime createdAt;
}
