package org.cppcc.platform.notification.internal;

import java.util.List;

/** Text messages queued in the publishing transaction: the SMS outbox sends them once it has committed. */
public record SmsQueued(List<Long> smsIds) {

    public SmsQueued {
        smsIds = List.copyOf(smsIds);
    }
}
