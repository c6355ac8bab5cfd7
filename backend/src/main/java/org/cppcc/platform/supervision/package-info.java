/**
 * Supervision (督办): the deadlines board, reminders before each deadline and escalation after it, office
 * chasing, key proposals with their supervising leader, leader instructions and their acknowledgement,
 * site visits and look-back reviews. Reads deadlines and acts on proposals through
 * {@link org.cppcc.platform.proposal.ProposalSupervision}; sends through the notification module.
 */
@ApplicationModule(
        displayName = "督办",
        allowedDependencies = {"account", "calendar", "notification", "proposal", "shared"})
package org.cppcc.platform.supervision;

import org.springframework.modulith.ApplicationModule;
