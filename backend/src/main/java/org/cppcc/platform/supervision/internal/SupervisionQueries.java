package org.cppcc.platform.supervision.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Service;

/** Reading supervision: one proposal's whole record, the key proposals, the candidates and the leaders. */
@Service
class SupervisionQueries {

    private final ProposalSupervision proposals;
    private final SupervisionStore store;
    private final SupervisionBoard board;
    private final AccountService accounts;

    SupervisionQueries(
            ProposalSupervision proposals, SupervisionStore store, SupervisionBoard board, AccountService accounts) {
        this.proposals = proposals;
        this.store = store;
        this.board = board;
        this.accounts = accounts;
    }

    record Detail(
            ProposalBrief proposal,
            Rows.KeyProposal keyProposal,
            List<SupervisionBoard.BoardItem> openItems,
            List<Rows.Instruction> instructions,
            List<Rows.Chase> chases,
            List<Rows.Visit> visits,
            List<Rows.Reminder> reminders) {}

    record KeyProposalEntry(ProposalBrief proposal, Rows.KeyProposal keyProposal, int instructions, int pendingAcks) {}

    record LeaderOption(long id, String displayName) {}

    Detail detail(PlatformUser viewer, long proposalId) {
        if (!proposals.canView(viewer, proposalId)) {
            throw ApiException.notFound("提案");
        }
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow(() -> ApiException.notFound("提案"));
        List<Rows.Instruction> instructions = store.instructions(proposalId);
        Map<Long, Rows.Instruction> byId =
                instructions.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        store.acks(proposalId).forEach(a -> byId.get(a.instructionId).acks.add(a));
        List<Rows.Visit> visits = store.visits(proposalId);
        Map<Long, Rows.Visit> visitById = visits.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        store.photos(proposalId).forEach(p -> visitById.get(p.visitId).photos.add(p));
        List<SupervisionBoard.BoardItem> items = board.itemsOf(proposalId);
        if (!viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER)) {
            items = items.stream()
                    .filter(i -> viewer.unitId() != null && viewer.unitId().equals(i.unitId()))
                    .toList();
        }
        return new Detail(
                proposal,
                store.keyProposal(proposalId),
                items,
                instructions,
                store.chases(proposalId),
                visits,
                store.reminders(proposalId));
    }

    List<KeyProposalEntry> keyProposals(PlatformUser viewer) {
        boolean unit = !viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER);
        return store.keyProposals().stream()
                .map(k -> proposals.brief(k.proposalId).map(p -> entry(p, k)).orElse(null))
                .filter(e -> e != null
                        && (!unit
                                || e.proposal().units().stream()
                                        .anyMatch(u -> viewer.unitId() != null && u.unitId() == viewer.unitId())))
                .toList();
    }

    List<ProposalBrief> candidates() {
        Map<Long, Rows.KeyProposal> listed =
                store.keyProposals().stream().collect(Collectors.toMap(k -> k.proposalId, Function.identity()));
        return proposals.registeredInHandling().stream()
                .filter(p -> !listed.containsKey(p.id()) && !p.keyProposal())
                .toList();
    }

    List<LeaderOption> leaders() {
        return accounts.accountsWithRole(Role.LEADER).stream()
                .map(accounts::contact)
                .flatMap(Optional::stream)
                .filter(AccountContact::enabled)
                .map(c -> new LeaderOption(c.id(), c.displayName()))
                .toList();
    }

    List<Rows.Ack> pendingAcks(PlatformUser unit) {
        return unit.unitId() == null ? List.of() : store.pendingAcks(unit.unitId());
    }

    private KeyProposalEntry entry(ProposalBrief proposal, Rows.KeyProposal key) {
        List<Rows.Ack> acks = store.acks(proposal.id());
        return new KeyProposalEntry(
                proposal, key, store.instructions(proposal.id()).size(), (int)
                        acks.stream().filter(a -> a.acknowledgedAt == null).count());
    }
}
