package org.cppcc.platform.supervision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.supervision.LeaderDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leader's home rows, read from supervision's own tables and the proposals' public briefs. */
@Service
@Transactional(readOnly = true)
class LeaderDeskQueries implements LeaderDesk {

    private final SupervisionStore store;
    private final SupervisionQueries queries;
    private final SupervisionBoard board;
    private final ProposalSupervision proposals;

    LeaderDeskQueries(
            SupervisionStore store, SupervisionQueries queries, SupervisionBoard board, ProposalSupervision proposals) {
        this.store = store;
        this.queries = queries;
        this.board = board;
        this.proposals = proposals;
    }

    @Override
    public Home of(PlatformUser viewer) {
        if (viewer.has(Role.LEADER)) {
            return committeeLeader(viewer);
        }
        if (viewer.has(Role.HANDLING_UNIT)
                && viewer.unitId() != null
                && store.unitLeaders(viewer.unitId()).contains(viewer.id())) {
            return unitLeader(viewer);
        }
        return new Home("NONE", List.of(), List.of(), List.of());
    }

    /** The key proposals they lead, their instructions some unit has not answered, and what each lead asks of them. */
    private Home committeeLeader(PlatformUser leader) {
        List<SupervisionQueries.KeyProposalView> mine = queries.keyProposals(leader).stream()
                .filter(k -> Objects.equals(k.keyProposal().leadLeaderId, leader.id()))
                .toList();
        List<InstructionItem> pending = new ArrayList<>();
        List<DutyItem> duties = new ArrayList<>();
        for (SupervisionQueries.KeyProposalView k : mine) {
            ProposalBrief p = k.proposal();
            if (k.keyProposal().concludedAt == null) {
                duties.add(new DutyItem(p.id(), p.number(), p.title(), "领衔督办", k.keyProposal().replyDueDate));
            }
        }
        List<InstructionAckRow> acks = store.pendingAcksOfLeader(leader.id());
        Map<Long, String> titles = proposals.titles(
                acks.stream().map(a -> a.proposalId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, InstructionRow> instructions = new HashMap<>();
        for (InstructionAckRow a : acks) {
            InstructionRow i = instructions.computeIfAbsent(a.instructionId, store::instruction);
            pending.add(new InstructionItem(
                    a.instructionId,
                    a.proposalId == null ? 0 : a.proposalId,
                    titles.get(a.proposalId),
                    a.unitName,
                    i == null ? null : i.content,
                    i == null ? null : i.createdAt));
        }
        Set<Long> led = mine.stream().map(k -> k.proposal().id()).collect(Collectors.toSet());
        led.forEach(id -> board.itemsOf(id).stream()
                .filter(i -> i.status() == SupervisionBoard.Status.OVERDUE)
                .forEach(i -> duties.add(new DutyItem(
                        i.proposalId(),
                        i.proposalNumber(),
                        i.title(),
                        (i.unitName() == null ? "" : i.unitName()) + i.kindLabel() + "已逾期",
                        i.dueDate()))));
        duties.sort(Comparator.comparing(DutyItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Home("COMMITTEE_LEADER", keyItems(mine), pending, duties);
    }

    /** The unit's key proposals, the instructions it has to acknowledge, and its overdue or escalated work. */
    private Home unitLeader(PlatformUser leader) {
        List<SupervisionQueries.KeyProposalView> keys = queries.keyProposals(leader);
        List<InstructionItem> pending = queries.pendingAcks(leader).stream()
                .map(a -> new InstructionItem(
                        a.instructionId,
                        a.proposalId == null ? 0 : a.proposalId,
                        a.proposalTitle,
                        a.unitName,
                        content(a).content,
                        content(a).createdAt))
                .toList();
        List<DutyItem> duties = board.unitItems(leader.unitId()).stream()
                .filter(i -> i.status() == SupervisionBoard.Status.OVERDUE || i.escalationLevel() > 0)
                .map(i -> new DutyItem(
                        i.proposalId(),
                        i.proposalNumber(),
                        i.title(),
                        i.kindLabel()
                                + (i.status() == SupervisionBoard.Status.OVERDUE ? "已逾期" : "临近期限")
                                + (i.escalationLabel() == null ? "" : "（" + i.escalationLabel() + "）"),
                        i.dueDate()))
                .sorted(Comparator.comparing(DutyItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Home("UNIT_LEADER", keyItems(keys), pending, duties);
    }

    private InstructionRow content(InstructionAckRow ack) {
        InstructionRow instruction = store.instruction(ack.instructionId);
        return instruction == null ? new InstructionRow() : instruction;
    }

    private static List<KeyItem> keyItems(List<SupervisionQueries.KeyProposalView> keys) {
        return keys.stream()
                .map(k -> new KeyItem(
                        k.proposal().id(),
                        k.proposal().number(),
                        k.proposal().title(),
                        k.proposal().state().label(),
                        k.keyProposal().status,
                        k.keyProposal().leadLeaderName,
                        k.keyProposal().replyDueDate))
                .toList();
    }
}
