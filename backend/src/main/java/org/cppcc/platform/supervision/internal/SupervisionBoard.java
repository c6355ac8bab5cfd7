package org.cppcc.platform.supervision.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;

/**
 * The supervision board: every open deadline with its days left or overdue, the unit, the key-proposal
 * mark and the latest instruction. The office and leaders see all; a unit sees only its own items.
 */
@Service
class SupervisionBoard {

    enum Status {
        OVERDUE,
        DUE_SOON,
        ON_TRACK
    }

    enum Sort {
        DUE,
        UNIT,
        NUMBER
    }

    record Filters(Long unitId, DeadlineKind kind, Status status, Boolean keyOnly, Sort sort) {}

    record LatestInstruction(long id, String leaderName, String content, LocalDateTime createdAt) {}

    record BoardItemView(
            String itemKey,
            DeadlineKind kind,
            String kindLabel,
            long proposalId,
            Integer proposalNumber,
            String title,
            String state,
            String stateLabel,
            boolean keyProposal,
            String leadLeaderName,
            Long assignmentId,
            Long unitId,
            String unitName,
            String unitRole,
            LocalDate dueDate,
            int workingDaysLeft,
            long calendarDaysLeft,
            Status status,
            int escalationLevel,
            String escalationLabel,
            boolean unitLeaderMissing,
            LatestInstruction latestInstruction) {}

    record UnitCountView(Long unitId, String unitName, int open, int overdue, int dueSoon) {}

    private final ProposalSupervision proposals;
    private final SupervisionStore store;
    private final ReminderPolicy policy;
    private final Clock clock;
    private final SupervisionAccounts names;

    SupervisionBoard(
            ProposalSupervision proposals,
            SupervisionStore store,
            ReminderPolicy policy,
            Clock clock,
            SupervisionAccounts names) {
        this.proposals = proposals;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.names = names;
    }

    PageResult<BoardItemView> board(PlatformUser viewer, Filters filters, PageQuery page) {
        String like = blankToNull(page.keyword());
        List<BoardItemView> items = visibleItems(viewer).stream()
                .filter(i -> filters.unitId() == null || filters.unitId().equals(i.unitId()))
                .filter(i -> filters.kind() == null || filters.kind() == i.kind())
                .filter(i -> filters.status() == null || filters.status() == i.status())
                .filter(i -> !Boolean.TRUE.equals(filters.keyOnly()) || i.keyProposal())
                .filter(i -> like == null
                        || i.title().contains(like)
                        || (i.proposalNumber() != null
                                && String.valueOf(i.proposalNumber()).equals(like))
                        || (i.unitName() != null && i.unitName().contains(like)))
                .sorted(comparator(filters.sort()))
                .toList();
        int from = (int) Math.min(page.offset(), items.size());
        int to = Math.min(from + page.sizeOrDefault(), items.size());
        return page.result(new ArrayList<>(items.subList(from, to)), items.size());
    }

    List<UnitCountView> unitCounts(PlatformUser viewer) {
        Map<String, List<BoardItemView>> byUnit = new TreeMap<>();
        for (BoardItemView item : visibleItems(viewer)) {
            byUnit.computeIfAbsent(item.unitId() == null ? "" : item.unitId() + "", k -> new ArrayList<>())
                    .add(item);
        }
        List<UnitCountView> counts = new ArrayList<>();
        byUnit.forEach((unit, items) -> counts.add(new UnitCountView(
                items.get(0).unitId(),
                items.get(0).unitId() == null ? "提案人（评价）" : items.get(0).unitName(),
                items.size(),
                (int) items.stream().filter(i -> i.status() == Status.OVERDUE).count(),
                (int) items.stream().filter(i -> i.status() == Status.DUE_SOON).count())));
        counts.sort(Comparator.comparingInt(UnitCountView::overdue)
                .reversed()
                .thenComparing(Comparator.comparingInt(UnitCountView::dueSoon).reversed())
                .thenComparing(UnitCountView::unitName));
        return counts;
    }

    /** One unit's open deadlines, for its leader's home. */
    List<BoardItemView> unitItems(long unitId) {
        return decorate(proposals.openDeadlines().stream()
                .filter(i -> Long.valueOf(unitId).equals(i.unitId()))
                .toList());
    }

    List<BoardItemView> itemsOf(long proposalId) {
        return decorate(proposals.openDeadlines(proposalId));
    }

    private List<BoardItemView> visibleItems(PlatformUser viewer) {
        List<DeadlineItem> items = proposals.openDeadlines();
        if (!viewer.has(Role.PROPOSAL_OFFICE) && !viewer.has(Role.LEADER)) {
            if (!viewer.has(Role.HANDLING_UNIT) || viewer.unitId() == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, "无权查看督办信息");
            }
            items = items.stream()
                    .filter(i -> viewer.unitId().equals(i.unitId()))
                    .toList();
        }
        return decorate(items);
    }

    private List<BoardItemView> decorate(List<DeadlineItem> items) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, KeyProposalRow> keys = names.named(store.keyProposals()).stream()
                .collect(Collectors.toMap(k -> k.proposalId, Function.identity()));
        Map<Long, InstructionRow> latest = store.latestInstructions().stream()
                .collect(Collectors.toMap(i -> i.proposalId, Function.identity(), (a, b) -> a.id > b.id ? a : b));
        Map<String, List<ReminderRow>> warned =
                store.overdueWarnings(LocalDateTime.now(clock)).stream().collect(Collectors.groupingBy(r -> r.itemKey));
        Set<Long> unitsWithLeaders = names.unitsWithEnabledLeaders();
        List<BoardItemView> board = new ArrayList<>();
        for (DeadlineItem item : items) {
            KeyProposalRow key = keys.get(item.proposalId());
            boolean keyProposal = item.keyProposal() || key != null && "APPROVED".equals(key.status);
            InstructionRow instruction = latest.get(item.proposalId());
            ReminderRow escalation = escalation(item, today, warned.getOrDefault(item.key(), List.of()));
            Status status = policy.overdue(item.dueDate(), today)
                    ? Status.OVERDUE
                    : policy.dueSoon(item.dueDate(), today) ? Status.DUE_SOON : Status.ON_TRACK;
            board.add(new BoardItemView(
                    item.key(),
                    item.kind(),
                    item.kind().label(),
                    item.proposalId(),
                    item.proposalNumber(),
                    item.title(),
                    item.state().name(),
                    item.state().label(),
                    keyProposal,
                    key == null ? null : key.leadLeaderName,
                    item.assignmentId(),
                    item.unitId(),
                    item.unitName() == null ? "提案人" : item.unitName(),
                    item.unitRole() == null ? null : item.unitRole().name(),
                    item.dueDate(),
                    policy.workingDaysLeft(item.dueDate(), today),
                    ChronoUnit.DAYS.between(today, item.dueDate()),
                    status,
                    escalation == null ? 0 : escalation.level,
                    escalation == null ? null : escalationLabel(escalation),
                    item.unitId() != null && !unitsWithLeaders.contains(item.unitId()),
                    instruction == null
                            ? null
                            : new LatestInstruction(
                                    instruction.id,
                                    instruction.leaderName,
                                    instruction.content,
                                    instruction.createdAt)));
        }
        return board;
    }

    /**
     * The highest overdue warning that was sent and that today's clock still calls for: an item with days left
     * shows none, whatever a clock moved forward once sent.
     */
    private ReminderRow escalation(DeadlineItem item, LocalDate today, List<ReminderRow> sent) {
        Set<Integer> reached = policy.due(item, today).stream()
                .filter(d -> ReminderPolicy.OVERDUE.equals(d.kind()))
                .map(ReminderPolicy.Due::level)
                .collect(Collectors.toSet());
        return sent.stream()
                .filter(r -> reached.contains(r.level))
                .max(Comparator.comparingInt(r -> r.level))
                .orElse(null);
    }

    /** Says who was told, as the warning's notice did (older rows without an audience by their level). */
    private static String escalationLabel(ReminderRow warning) {
        if (warning.audience != null) {
            return "已通知" + warning.audience;
        }
        return warning.level >= 3 ? "已报提案委" : warning.level == 2 ? "已报单位" : "已提醒单位";
    }

    private static Comparator<BoardItemView> comparator(Sort sort) {
        Comparator<BoardItemView> byDue =
                Comparator.comparing(BoardItemView::dueDate).thenComparing(BoardItemView::proposalId);
        if (sort == Sort.UNIT) {
            return Comparator.comparing(BoardItemView::unitName).thenComparing(byDue);
        }
        if (sort == Sort.NUMBER) {
            return Comparator.comparing(
                            (BoardItemView i) -> i.proposalNumber() == null ? Integer.MAX_VALUE : i.proposalNumber())
                    .thenComparing(byDue);
        }
        return byDue;
    }
}
