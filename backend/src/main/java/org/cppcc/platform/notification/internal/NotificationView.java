package org.cppcc.platform.notification.internal;

import java.time.LocalDateTime;

/** A notice as its recipient sees it in the notification centre. */
public record NotificationView(
        long id,
        String category,
        String title,
        String body,
        String link,
        LocalDateTime createdAt,
        LocalDateTime readAt,
        String emailStatus) {}
