package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.AccountContact;
import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.UnitLeaders;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 承办人: inside a handling unit, the assignment is handed to a named officer account and may be passed on to
 * another; every hand-over is kept (who, when, from whom to whom, why). Only the unit's own enabled accounts can
 * be chosen, and only the unit's accounts see the choice: another unit's assignment looks as if it did not exist.
 */
@Service
class UnitOfficers {

    /** While the unit still has the assignment in hand: before signing, while handling, while the reply moves. */
    private static final Set<AssignmentStatus> OPEN =
            Set.of(AssignmentStatus.AWAITING_SIGN_OFF, AssignmentStatus.SIGNED);

    private static final Set<ProposalState> PROPOSAL_OPEN = Set.of(
            ProposalState.AWAITING_SIGN_OFF,
            ProposalState.HANDLING,
            ProposalState.REHANDLING,
            ProposalState.REPLY_REVIEW);

    private final CommandSupport support;
    private final OfficerMapper officers;
    private final AccountService accounts;
    private final UnitLeaders unitLeaders;

    UnitOfficers(CommandSupport support, OfficerMapper officers, AccountService accounts, UnitLeaders unitLeaders) {
        this.support = support;
        this.officers = officers;
        this.accounts = accounts;
        this.unitLeaders = unitLeaders;
    }

    record Person(long id, String displayName, boolean leader) {}

    record Change(
            Long fromAccountId,
            String fromName,
            long toAccountId,
            String toName,
            String reason,
            long changedBy,
            String changedByName,
            LocalDateTime changedAt) {}

    record OfficersView(Long officerAccountId, String officerName, List<Person> candidates, List<Change> changes) {}

    @Transactional
    void handTo(PlatformUser actor, long assignmentId, HandlingForms.Officer form) {
        AssignmentRow assignment = support.unitAssignment(actor, assignmentId);
        ProposalRow proposal = support.lockVisible(actor, assignment.proposalId);
        assignment = support.proposals.findAssignment(assignmentId);
        if (!OPEN.contains(assignment.status) || !PROPOSAL_OPEN.contains(proposal.state)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该交办已不在本单位办理中，不能指定承办人");
        }
        long to = form.officerAccountId();
        if (!accounts.accountsOfUnit(assignment.unitId).contains(to)) {
            throw ApiException.invalid("officerAccountId", "承办人须是本单位在用的账户");
        }
        Long from = assignment.officerAccountId;
        if (from != null && from == to) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案已由此人承办");
        }
        String reason = blankToNull(form.reason());
        reason = reason == null ? null : reason.strip();
        officers.setOfficer(assignmentId, to, support.now());
        officers.insertChange(assignmentId, proposal.id, from, to, reason, actor.id(), support.now());
        Map<Long, String> names = names(from == null ? List.of(to) : List.of(from, to));
        String comment = assignment.unitName + "：" + (from == null ? "" : names.get(from) + " → ") + names.get(to)
                + (reason == null ? "" : "，原因：" + reason);
        support.record(
                proposal,
                actor,
                Role.HANDLING_UNIT,
                HistoryAction.HAND_TO_OFFICER,
                proposal.state,
                assignmentId,
                comment);
        AssignmentRow handed = assignment;
        String why = reason;
        support.publish(
                proposal,
                actor,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.OfficerAssigned(f, assignmentId, handed.unitId, handed.unitName, to, from, why));
    }

    /** The unit's own people to choose from, the officer now, and every hand-over so far. */
    @Transactional(readOnly = true)
    OfficersView officers(PlatformUser viewer, long assignmentId) {
        AssignmentRow assignment = support.unitAssignment(viewer, assignmentId);
        List<Long> leaders = unitLeaders.of(assignment.unitId);
        List<Person> candidates = accounts.contacts(accounts.accountsOfUnit(assignment.unitId)).stream()
                .filter(AccountContact::enabled)
                .map(c -> new Person(c.id(), c.displayName(), leaders.contains(c.id())))
                .toList();
        List<OfficerMapper.OfficerChangeRow> rows = officers.changes(assignmentId);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.toAccountId);
            ids.add(r.changedBy);
            if (r.fromAccountId != null) {
                ids.add(r.fromAccountId);
            }
        });
        if (assignment.officerAccountId != null) {
            ids.add(assignment.officerAccountId);
        }
        Map<Long, String> names = names(ids);
        List<Change> changes = rows.stream()
                .map(r -> new Change(
                        r.fromAccountId,
                        r.fromAccountId == null ? null : names.get(r.fromAccountId),
                        r.toAccountId,
                        names.get(r.toAccountId),
                        r.reason,
                        r.changedBy,
                        names.get(r.changedBy),
                        r.changedAt))
                .toList();
        return new OfficersView(
                assignment.officerAccountId,
                assignment.officerAccountId == null ? null : names.get(assignment.officerAccountId),
                candidates,
                changes);
    }

    /** Adds each item's officer, read in one query for the whole list and named in one call. */
    List<TodoItemView> withOfficers(List<TodoItemView> items) {
        List<Long> assignmentIds = items.stream()
                .map(TodoItemView::assignmentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (assignmentIds.isEmpty()) {
            return items;
        }
        Map<Long, Long> officerOf = officers.officersOf(assignmentIds).stream()
                .collect(Collectors.toMap(r -> r.assignmentId, r -> r.toAccountId, (a, b) -> a));
        Map<Long, String> names = names(officerOf.values());
        List<TodoItemView> result = new ArrayList<>(items.size());
        for (TodoItemView item : items) {
            Long officer = item.assignmentId() == null ? null : officerOf.get(item.assignmentId());
            result.add(officer == null ? item : item.withOfficer(officer, names.get(officer)));
        }
        return result;
    }

    private Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.contacts(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(AccountContact::id, AccountContact::displayName, (a, b) -> a, HashMap::new));
    }
}
