package org.cppcc.platform.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.DeadlineKind;
import org.springframework.stereotype.Component;

/**
 * Who a reminder goes to. Before the deadline and at the first overdue level: whoever must act (the
 * unit's accounts, or the proposers who have not evaluated). Level 2: the unit's leaders (the unit's
 * accounts when none is named, and the notice says so). Level 3: the key proposal's supervising leader, if
 * it has one, and the proposal office.
 */
@Component
class ReminderRecipients {

    /** Level 2 for a unit that has no leader named: its own accounts get the warning. */
    static final String NO_LEADER_AUDIENCE = "承办单位账户（未设分管领导）";

    private final AccountService accounts;
    private final SupervisionStore store;

    private final SupervisionAccounts unitLeaders;

    ReminderRecipients(AccountService accounts, SupervisionStore store, SupervisionAccounts unitLeaders) {
        this.accounts = accounts;
        this.store = store;
        this.unitLeaders = unitLeaders;
    }

    /** The accounts a reminder goes to, and who they are in the words of its notice. */
    record Recipients(List<Long> accounts, String audience) {}

    /**
     * The recipients of one reminder. The audience names who really receives it: a level-2 warning for a unit
     * without a named leader goes to the unit's accounts and says so, and level 3 names the supervising leader
     * only when the key proposal has one.
     */
    Recipients of(DeadlineItem item, ReminderPolicy.Due due) {
        boolean evaluation = item.kind() == DeadlineKind.EVALUATION;
        if (ReminderPolicy.DUE_SOON.equals(due.kind())) {
            return new Recipients(actors(item), evaluation ? "提案人" : "承办单位联络员");
        }
        if (evaluation) {
            return new Recipients(accounts.accountsWithRole(Role.PROPOSAL_OFFICE), "提案委");
        }
        switch (due.level()) {
            case 1 -> {
                return new Recipients(actors(item), "承办单位联络员");
            }
            case 2 -> {
                List<Long> leaders = unitLeaders.enabledUnitLeaders(item.unitId());
                return leaders.isEmpty()
                        ? new Recipients(actors(item), NO_LEADER_AUDIENCE)
                        : new Recipients(leaders, "承办单位分管领导");
            }
            default -> {
                Set<Long> to = new LinkedHashSet<>();
                KeyProposalRow key = store.keyProposal(item.proposalId());
                boolean leader = key != null && key.leadLeaderId != null && "APPROVED".equals(key.status);
                if (leader) {
                    to.add(key.leadLeaderId);
                }
                to.addAll(accounts.accountsWithRole(Role.PROPOSAL_OFFICE));
                return new Recipients(new ArrayList<>(to), leader ? "领衔督办领导和提案委" : "提案委");
            }
        }
    }

    /**
     * The proposers, or the unit's contacts: its accounts other than its named leaders (all of them if none is
     * left).
     */
    private List<Long> actors(DeadlineItem item) {
        if (item.kind() == DeadlineKind.EVALUATION) {
            return item.actorAccountIds();
        }
        List<Long> all = accounts.accountsOfUnit(item.unitId());
        List<Long> leaders = unitLeaders.enabledUnitLeaders(item.unitId());
        List<Long> contacts = all.stream().filter(a -> !leaders.contains(a)).toList();
        return contacts.isEmpty() ? all : contacts;
    }
}
