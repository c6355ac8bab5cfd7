package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.supervision.internal.SupervisionSupport.require;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's pressure on the units: chasing (催办) one unit or all of a proposal's units, and naming each
 * unit's leaders, who receive the second level of overdue warnings.
 */
@Service
class ChaseCommands {

    private final SupervisionSupport support;
    private final SupervisionStore store;

    private final SupervisionAccounts accounts;

    ChaseCommands(SupervisionSupport support, SupervisionStore store, SupervisionAccounts accounts) {
        this.support = support;
        this.store = store;
        this.accounts = accounts;
    }

    @Transactional
    long chase(PlatformUser office, SupervisionForms.Chase form) {
        require(office, Role.PROPOSAL_OFFICE);
        ProposalBrief proposal = support.openProposal(office, form.proposalId());
        String unitName = null;
        if (form.unitId() != null) {
            unitName = proposal.units().stream()
                    .filter(u -> u.unitId() == form.unitId() && u.status() != AssignmentStatus.RETURNED)
                    .map(ProposalBrief.UnitPart::unitName)
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalid("unitId", "该单位不是本提案的承办单位"));
        } else if (proposal.units().isEmpty()) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案尚未交办，没有可催办的单位");
        }
        ChaseRow chase = new ChaseRow();
        chase.proposalId = proposal.id();
        chase.unitId = form.unitId();
        chase.message = form.message().strip();
        chase.chasedBy = office.id();
        chase.chaserName = office.displayName();
        chase.createdAt = support.now();
        store.insertChase(chase);
        support.proposals.record(
                office,
                Role.PROPOSAL_OFFICE,
                proposal.id(),
                SupervisionAct.CHASE,
                null,
                (unitName == null ? "催办各承办单位：" : "催办" + unitName + "：") + chase.message);
        support.events.publish(
                proposal.id(),
                office,
                Role.PROPOSAL_OFFICE,
                f -> new SupervisionEvent.Chased(f, chase.id, form.unitId(), chase.chaserName, chase.message));
        return chase.id;
    }

    @Transactional
    void setUnitLeaders(PlatformUser office, long unitId, SupervisionForms.UnitLeaders form) {
        if (!office.has(Role.ADMIN)) {
            require(office, Role.PROPOSAL_OFFICE);
        }
        for (Long accountId : form.accountIds()) {
            AccountContact contact = support.accounts.contact(accountId).orElse(null);
            if (contact == null || contact.unitId() == null || contact.unitId() != unitId) {
                throw ApiException.invalid("accountIds", "单位领导须为本单位的账户");
            }
        }
        Set<Long> leaders = new LinkedHashSet<>(form.accountIds());
        List<Long> existing = store.unitLeaderRows(unitId);
        existing.stream().filter(a -> !leaders.contains(a)).forEach(a -> store.deleteUnitLeader(unitId, a));
        leaders.stream().filter(a -> !existing.contains(a)).forEach(a -> store.insertUnitLeader(unitId, a));
    }

    long unitsWithLeaders() {
        return accounts.unitsWithEnabledLeaders().size();
    }

    List<Long> unitLeaders(long unitId) {
        return accounts.enabledUnitLeaders(unitId);
    }
}
