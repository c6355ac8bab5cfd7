/**
 * Supervision (督办): the deadlines board, reminders before each deadline and escalation after it, office
 * chasing, key proposals with their supervising leader, leader instructions and their acknowledgement,
 * site visits and look-back reviews. Reads deadlines and acts on proposals through
 * {@link org.cppcc.platform.proposal.ProposalSupervision}; publishes its acts and reminders as events, which
 * the notification module turns into notices.
 */
@ApplicationModule(
        displayName = "督办",
        allowedDependencies = {"account", "calendar", "proposal", "shared"})
package org.cppcc.platform.supervision;

import org.springframework.modulith.ApplicationModule;
