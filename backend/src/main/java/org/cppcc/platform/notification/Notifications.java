package org.cppcc.platform.notification;

import java.util.Collection;

/**
 * Sends notices to accounts, each by the channels they chose. The platform's own steps reach this module as
 * events; this API is for a caller that has a notice of its own to give.
 */
public interface Notifications {

    /**
     * Writes the notice for each enabled account in the caller's transaction and returns how many were written
     * (an account that already has a notice with the same source key, or that chose no channel for the category,
     * is skipped). E-mails are sent after the transaction commits.
     */
    int send(Notice notice, Collection<Long> accountIds);
}
