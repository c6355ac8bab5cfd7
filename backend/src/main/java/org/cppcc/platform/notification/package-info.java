/**
 * In-app notifications (the notification centre with unread counts) and their e-mail copies. Other modules
 * send through {@link org.cppcc.platform.notification.Notifications}; the row is written in the sender's
 * transaction and the e-mail goes out after it commits, once, however many nodes run.
 */
@ApplicationModule(
        displayName = "通知",
        allowedDependencies = {"account", "consultation :: events", "shared"})
package org.cppcc.platform.notification;

import org.springframework.modulith.ApplicationModule;
