/**
 * Notices: the notification centre with unread counts, their e-mails (one by one or in the daily digest) and each
 * account's choice of channels per category. The module listens to the proposal, supervision and consultation
 * events and tells each step to the people it concerns; a notice is delivered once per (event, recipient,
 * channel), however often the event is delivered and however many nodes run. See docs/notifications.md.
 */
@ApplicationModule(
        displayName = "通知",
        allowedDependencies = {
            "account",
            "appraisal :: events",
            "consultation",
            "consultation :: events",
            "duty :: events",
            "opinion",
            "opinion :: events",
            "proposal",
            "proposal :: events",
            "shared",
            "supervision :: events"
        })
package org.cppcc.platform.notification;

import org.springframework.modulith.ApplicationModule;
