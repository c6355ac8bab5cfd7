package org.cppcc.platform.notification;

import java.util.Collection;

/** Sends notices to accounts: in the notification centre, and by e-mail to those who have an address. */
public interface Notifications {

    /**
     * Writes the notice for each enabled account in the caller's transaction and returns how many were
     * written (an account that already has a notice with the same source key is skipped). E-mails are sent
     * after the transaction commits.
     */
    int send(Notice notice, Collection<Long> accountIds);
}
