package org.cppcc.platform.notification.internal;

import java.util.List;

/**
 * Notices whose e-mail waits to be sent, published in the transaction that wrote them: the outbox sends them once
 * that transaction has committed (and never if it rolled back).
 */
public record NoticesWritten(List<Long> notificationIds) {

    public NoticesWritten {
        notificationIds = List.copyOf(notificationIds);
    }
}
