package org.cppcc.platform.notification.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.springframework.stereotype.Component;

/** Who a step concerns, read through the account module's API, each group in one query. */
@Component
class Recipients {

    private final AccountService accounts;

    Recipients(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The proposal's drafter, lead proposer and counted co-signers (and proposers of merged proposals). */
    Set<Long> proposers(ProposalFacts facts) {
        Set<Long> to = new LinkedHashSet<>();
        to.add(facts.ownerAccountId());
        to.addAll(facts.proposerAccountIds());
        return to;
    }

    /** The accounts of these handling units: their named officer and contacts. */
    List<Long> units(Collection<Long> unitIds) {
        return accounts.accountsOfUnits(Set.copyOf(unitIds));
    }

    List<Long> unit(long unitId) {
        return units(List.of(unitId));
    }

    /** Every proposal office account. */
    List<Long> office() {
        return accounts.accountsWithRole(Role.PROPOSAL_OFFICE);
    }
}
