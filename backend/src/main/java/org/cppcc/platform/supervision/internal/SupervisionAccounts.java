package org.cppcc.platform.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.springframework.stereotype.Component;

/**
 * The accounts supervision rows refer to (lead leaders, units' named leaders), read through the account module's
 * API, one call per list: supervision's SQL names only its own tables (see TableOwnershipTest).
 */
@Component
class SupervisionAccounts {

    private final SupervisionStore store;
    private final AccountService accounts;

    SupervisionAccounts(SupervisionStore store, AccountService accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    /** Fills in the lead leaders' names; returns the row (null stays null). */
    KeyProposalRow named(KeyProposalRow row) {
        if (row != null) {
            named(List.of(row));
        }
        return row;
    }

    /** Fills in the lead leaders' names of all rows with one read of the accounts. */
    List<KeyProposalRow> named(List<KeyProposalRow> rows) {
        Set<Long> ids =
                rows.stream().map(k -> k.leadLeaderId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names =
                contacts(ids).stream().collect(Collectors.toMap(AccountContact::id, AccountContact::displayName));
        rows.forEach(k -> k.leadLeaderName = k.leadLeaderId == null ? null : names.get(k.leadLeaderId));
        return rows;
    }

    /** The unit's named leaders (分管领导) whose accounts are enabled, in id order. */
    List<Long> enabledUnitLeaders(long unitId) {
        List<Long> leaders = store.unitLeaders(unitId);
        Set<Long> enabled = contacts(leaders).stream()
                .filter(AccountContact::enabled)
                .map(AccountContact::id)
                .collect(Collectors.toSet());
        return leaders.stream().filter(enabled::contains).toList();
    }

    /** The units that have a leader named whose account is enabled, with one read of the accounts. */
    Set<Long> unitsWithEnabledLeaders() {
        List<SupervisionStore.UnitLeader> leaders = store.allUnitLeaders();
        Set<Long> enabled =
                contacts(leaders.stream()
                                .map(SupervisionStore.UnitLeader::accountId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .filter(AccountContact::enabled)
                        .map(AccountContact::id)
                        .collect(Collectors.toSet());
        return leaders.stream()
                .filter(l -> enabled.contains(l.accountId()))
                .map(SupervisionStore.UnitLeader::unitId)
                .collect(Collectors.toSet());
    }

    private List<AccountContact> contacts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.contacts(ids);
    }
}
