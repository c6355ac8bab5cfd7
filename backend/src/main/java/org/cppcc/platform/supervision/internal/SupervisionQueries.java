package org.cppcc.platform.supervision.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final SupervisionAccounts names;
    private final Clock clock;

    SupervisionQueries(
            ProposalSupervision proposals,
            SupervisionStore store,
            SupervisionBoard board,
            AccountService accounts,
            SupervisionAccounts names,
            Clock clock) {
        this.proposals = proposals;
        this.store = store;
        this.board = board;
        this.accounts = accounts;
        this.names = names;
        this.clock = clock;
    }

    record DetailView(
            ProposalBrief proposal,
            KeyProposalRow keyProposal,
            List<SupervisionBoard.BoardItemView> openItems,
            List<InstructionRow> instructions,
            List<ChaseRow> chases,
            List<VisitRow> visits,
            List<ReminderRow> reminders) {}

    record KeyProposalView(ProposalBrief proposal, KeyProposalRow keyProposal, int instructions, int pendingAcks) {}

    record LeaderView(long id, String displayName) {}

    DetailView detail(PlatformUser viewer, long proposalId) {
        if (!proposals.canView(viewer, proposalId)) {
            throw ApiException.notFound("提案");
        }
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow(() -> ApiException.notFound("提案"));
        List<InstructionRow> instructions = store.instructions(proposalId);
        Map<Long, InstructionRow> byId =
                instructions.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        store.acks(proposalId).forEach(a -> byId.get(a.instructionId).acks.add(a));
        List<VisitRow> visits = store.visits(proposalId);
        Map<Long, VisitRow> visitById = visits.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        store.photos(proposalId).forEach(p -> visitById.get(p.visitId).photos.add(p));
        List<SupervisionBoard.BoardItemView> items = board.itemsOf(proposalId);
        if (!viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER)) {
            items = items.stream()
                    .filter(i -> viewer.unitId() != null && viewer.unitId().equals(i.unitId()))
                    .toList();
        }
        return new DetailView(
                proposal,
                names.named(store.keyProposal(proposalId)),
                items,
                instructions,
                chases(proposal, store.chases(proposalId)),
                visits,
                store.reminders(proposalId, LocalDateTime.now(clock)));
    }

    List<KeyProposalView> keyProposals(PlatformUser viewer) {
        boolean unit = !viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER);
        return names.named(store.keyProposals()).stream()
                .map(k -> proposals.brief(k.proposalId).map(p -> entry(p, k)).orElse(null))
                .filter(e -> e != null
                        && (!unit
                                || e.proposal().units().stream()
                                        .anyMatch(u -> viewer.unitId() != null && u.unitId() == viewer.unitId())))
                .toList();
    }

    List<ProposalBrief> candidates() {
        Map<Long, KeyProposalRow> listed =
                store.keyProposals().stream().collect(Collectors.toMap(k -> k.proposalId, Function.identity()));
        return proposals.registeredInHandling().stream()
                .filter(p -> !listed.containsKey(p.id()) && !p.keyProposal())
                .toList();
    }

    List<LeaderView> leaders() {
        return accounts.accountsWithRole(Role.LEADER).stream()
                .map(accounts::contact)
                .flatMap(Optional::stream)
                .filter(AccountContact::enabled)
                .map(c -> new LeaderView(c.id(), c.displayName()))
                .toList();
    }

    List<InstructionAckRow> pendingAcks(PlatformUser unit) {
        if (unit.unitId() == null) {
            return List.of();
        }
        List<InstructionAckRow> acks = store.pendingAcks(unit.unitId());
        Map<Long, String> titles = proposals.titles(
                acks.stream().map(a -> a.proposalId).filter(Objects::nonNull).collect(Collectors.toSet()));
        acks.forEach(a -> a.proposalTitle = titles.get(a.proposalId));
        return acks;
    }

    /** Names the chased units from the proposal's units, read with the brief (no query per chase). */
    private static List<ChaseRow> chases(ProposalBrief proposal, List<ChaseRow> chases) {
        Map<Long, String> unitNames = proposal.units().stream()
                .collect(Collectors.toMap(
                        ProposalBrief.UnitPart::unitId, ProposalBrief.UnitPart::unitName, (a, b) -> a));
        chases.forEach(c -> c.unitName = c.unitId == null ? null : unitNames.get(c.unitId));
        return chases;
    }

    private KeyProposalView entry(ProposalBrief proposal, KeyProposalRow key) {
        List<InstructionAckRow> acks = store.acks(proposal.id());
        return new KeyProposalView(
                proposal, key, store.instructions(proposal.id()).size(), (int)
                        acks.stream().filter(a -> a.acknowledgedAt == null).count());
    }
}
