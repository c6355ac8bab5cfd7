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
 * accounts when none is named). Level 3: the key proposal's supervising leader and the proposal office.
 */
@Component
class ReminderRecipients {

    private final AccountService accounts;
    private final SupervisionStore store;

    private final SupervisionAccounts unitLeaders;

    ReminderRecipients(AccountService accounts, SupervisionStore store, SupervisionAccounts unitLeaders) {
        this.accounts = accounts;
        this.store = store;
        this.unitLeaders = unitLeaders;
    }

    List<Long> of(DeadlineItem item, ReminderPolicy.Due due) {
        Set<Long> to = new LinkedHashSet<>();
        boolean evaluation = item.kind() == DeadlineKind.EVALUATION;
        if (ReminderPolicy.DUE_SOON.equals(due.kind())) {
            to.addAll(actors(item));
        } else if (evaluation) {
            to.addAll(accounts.accountsWithRole(Role.PROPOSAL_OFFICE));
        } else {
            switch (due.level()) {
                case 1 -> to.addAll(actors(item));
                case 2 -> {
                    List<Long> leaders = unitLeaders.enabledUnitLeaders(item.unitId());
                    to.addAll(leaders.isEmpty() ? actors(item) : leaders);
                }
                default -> {
                    KeyProposalRow key = store.keyProposal(item.proposalId());
                    if (key != null && key.leadLeaderId != null && "APPROVED".equals(key.status)) {
                        to.add(key.leadLeaderId);
                    }
                    to.addAll(accounts.accountsWithRole(Role.PROPOSAL_OFFICE));
                }
            }
        }
        return new ArrayList<>(to);
    }

    static String audience(DeadlineItem item, ReminderPolicy.Due due) {
        if (ReminderPolicy.DUE_SOON.equals(due.kind())) {
            return item.kind() == DeadlineKind.EVALUATION ? "提案人" : "承办单位联络员";
        }
        if (item.kind() == DeadlineKind.EVALUATION) {
            return "提案委";
        }
        return switch (due.level()) {
            case 1 -> "承办单位联络员";
            case 2 -> "承办单位分管领导";
            default -> "领衔督办领导和提案委";
        };
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
