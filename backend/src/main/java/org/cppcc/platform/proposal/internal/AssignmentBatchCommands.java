package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交办会: many registered proposals assigned at once, all or none. Every row is checked first, so the office
 * gets every row's problem in one answer; then, in one transaction, each proposal goes through the same
 * {@link OfficeCommands#assign} as a single assignment (row lock, state, Flowable step, history, events), in
 * ascending proposal id so that two offices confirming overlapping batches lock in the same order and the second
 * waits instead of deadlocking, then finds the proposal already assigned and is refused whole.
 */
@Service
class AssignmentBatchCommands {

    private final OfficeCommands office;
    private final BatchMapper batches;
    private final ProposalMapper proposals;
    private final ProposalAccess access;
    private final CommandSupport support;

    AssignmentBatchCommands(
            OfficeCommands office,
            BatchMapper batches,
            ProposalMapper proposals,
            ProposalAccess access,
            CommandSupport support) {
        this.office = office;
        this.batches = batches;
        this.proposals = proposals;
        this.access = access;
        this.support = support;
    }

    @Transactional
    long confirm(PlatformUser user, AssignmentBatchController.BatchRequest request) {
        ProposalAccess.requireRole(user, Role.PROPOSAL_OFFICE);
        List<AssignmentBatchController.Item> items = request.items();
        List<FieldProblem> problems = new ArrayList<>();
        boolean onlyConflicts = true;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AssignmentBatchController.Item item = items.get(i);
            ProposalRow p = proposals.findById(item.proposalId());
            try {
                if (p == null || !access.canView(user, p)) {
                    throw ApiException.invalid("proposalId", "提案不存在");
                }
                if (!seen.add(p.id)) {
                    throw ApiException.invalid("proposalId", "同一件提案在本次交办会中出现了两次");
                }
                ProposalAccess.requireState(p, ProposalState.ASSIGNMENT);
                office.slots(item.plan());
            } catch (ApiException e) {
                onlyConflicts &= e.code() == ErrorCode.STATE_CONFLICT;
                problems.add(problem(i, p, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    onlyConflicts ? ErrorCode.STATE_CONFLICT : ErrorCode.VALIDATION_FAILED,
                    problems.size() + "件提案不能交办，本次交办会未确认，所有提案均未交办："
                            + problems.get(0).message(),
                    problems);
        }
        BatchMapper.BatchRow batch = new BatchMapper.BatchRow();
        batch.name = request.name().strip();
        batch.meetingDate = request.meetingDate();
        batch.note = blankToNull(request.note());
        batch.createdBy = user.id();
        batch.createdByName = user.displayName();
        batch.createdAt = support.now();
        batches.insertBatch(batch);
        List<Integer> order = IntStream.range(0, items.size())
                .boxed()
                .sorted(Comparator.comparingLong(i -> items.get(i).proposalId()))
                .toList();
        for (int i : order) {
            AssignmentBatchController.Item item = items.get(i);
            AssignmentPlan plan = item.plan();
            String comment =
                    "交办会「" + batch.name + "」" + (blankToNull(plan.comment()) == null ? "" : "。" + plan.comment());
            try {
                office.assign(
                        user,
                        item.proposalId(),
                        new AssignmentPlan(
                                plan.mode(), plan.leadUnitId(), plan.assistingUnitIds(), plan.splitUnitIds(), comment));
                batches.tagAssignments(batch.id, item.proposalId());
                batches.insertItem(batch.id, item.proposalId(), i + 1);
            } catch (ApiException e) {
                // Another office assigned it since the check: the whole batch is rolled back.
                throw new ApiException(
                        e.code(),
                        "本次交办会未确认，所有提案均未交办："
                                + problem(i, proposals.findById(item.proposalId()), e)
                                        .message(),
                        List.of(problem(i, proposals.findById(item.proposalId()), e)));
            } catch (DuplicateKeyException e) {
                FieldProblem row = new FieldProblem("items[" + i + "].proposalId", "第" + (i + 1) + "行：该提案已在其他交办会中交办");
                throw new ApiException(ErrorCode.STATE_CONFLICT, "本次交办会未确认：" + row.message(), List.of(row));
            }
        }
        return batch.id;
    }

    private static FieldProblem problem(int index, ProposalRow p, ApiException e) {
        String row = "第" + (index + 1) + "行";
        if (p != null && p.proposalNumber != null) {
            row += "（第" + p.proposalNumber + "号「" + p.title + "」）";
        }
        String field = "items[" + index + "]";
        if (!e.fieldProblems().isEmpty()) {
            String inner = e.fieldProblems().get(0).field();
            field += inner.equals("proposalId") ? ".proposalId" : ".plan." + inner;
        }
        return new FieldProblem(field, row + "：" + e.getMessage());
    }
}
