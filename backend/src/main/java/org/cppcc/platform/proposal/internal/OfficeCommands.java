package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationDirectory.UnitRef;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReturnDecision;
import org.cppcc.platform.proposal.ReviewDecision;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The proposal office's side: review, assignment, and return requests. */
@Service
class OfficeCommands {

    private static final Set<ProposalState> NOT_REGISTERED = Set.of(
            ProposalState.DRAFT,
            ProposalState.COSIGNING,
            ProposalState.UNDER_REVIEW,
            ProposalState.REFUSED,
            ProposalState.CONVERTED,
            ProposalState.MERGED);

    private final CommandSupport support;
    private final ProposalMapper proposals;
    private final NumberCounter numbers;
    private final OrganisationDirectory directory;
    private final WorkingDayCalendar calendar;
    private final ProposalDeadlines deadlines;

    OfficeCommands(
            CommandSupport support,
            NumberCounter numbers,
            OrganisationDirectory directory,
            WorkingDayCalendar calendar,
            ProposalDeadlines deadlines) {
        this.support = support;
        this.proposals = support.proposals;
        this.numbers = numbers;
        this.directory = directory;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @Transactional
    void review(PlatformUser office, long proposalId, ReviewDecision decision) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        ProposalRow proposal = support.lockVisible(office, proposalId);
        ProposalAccess.requireState(proposal, ProposalState.UNDER_REVIEW);
        String comment = blankToNull(decision.comment());
        switch (decision.outcome()) {
            case REGISTER -> {
                int number = numbers.next(proposal.sessionId);
                support.move(proposal, ProposalState.UNDER_REVIEW, ProposalState.ASSIGNMENT);
                proposals.register(proposalId, number, support.now());
                proposal.proposalNumber = number;
                support.record(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        HistoryAction.REGISTER,
                        ProposalState.UNDER_REVIEW,
                        null,
                        join("立案为第" + number + "号提案", comment));
                support.publish(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        ProposalState.UNDER_REVIEW,
                        f -> new ProposalEvent.Registered(f, number, comment));
            }
            case REFUSE -> {
                String reason =
                        dictionaryLabel("REFUSAL_REASON", decision.refusalReason(), "refusalReason", "请选择不予立案的理由");
                support.move(proposal, ProposalState.UNDER_REVIEW, ProposalState.REFUSED);
                proposals.recordDecision(proposalId, decision.refusalReason(), null, null, comment);
                support.record(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        HistoryAction.REFUSE,
                        ProposalState.UNDER_REVIEW,
                        null,
                        join(reason, comment));
                support.publish(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        ProposalState.UNDER_REVIEW,
                        f -> new ProposalEvent.Refused(f, decision.refusalReason(), reason, comment));
            }
            case CONVERT -> {
                if (decision.convertTo() == null) {
                    throw ApiException.invalid("convertTo", "请选择转为社情民意信息或意见建议");
                }
                support.move(proposal, ProposalState.UNDER_REVIEW, ProposalState.CONVERTED);
                proposals.recordDecision(proposalId, null, decision.convertTo().name(), null, comment);
                support.record(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        HistoryAction.CONVERT,
                        ProposalState.UNDER_REVIEW,
                        null,
                        join(
                                decision.convertTo() == ReviewDecision.ConversionKind.PUBLIC_OPINION
                                        ? "转为社情民意信息"
                                        : "转为意见建议",
                                comment));
                support.publish(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        ProposalState.UNDER_REVIEW,
                        f -> new ProposalEvent.Converted(f, decision.convertTo(), comment));
            }
            case MERGE -> merge(office, proposal, decision.mergeIntoId(), comment);
            case RETURN -> {
                if (comment == null) {
                    throw ApiException.invalid("comment", "退回修改须填写修改意见");
                }
                support.move(proposal, ProposalState.UNDER_REVIEW, ProposalState.DRAFT);
                support.record(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        HistoryAction.RETURN_FOR_REVISION,
                        ProposalState.UNDER_REVIEW,
                        null,
                        comment);
                support.publish(
                        proposal,
                        office,
                        Role.PROPOSAL_OFFICE,
                        ProposalState.UNDER_REVIEW,
                        f -> new ProposalEvent.ReturnedForRevision(f, comment));
            }
        }
        support.workflow.review(
                proposal,
                decision.outcome() == ReviewDecision.Outcome.MERGE
                        ? "MERGE"
                        : decision.outcome().name());
    }

    /** The merged proposal's proposers join the target as recipients of its reply. */
    private void merge(PlatformUser office, ProposalRow proposal, Long targetId, String comment) {
        if (targetId == null) {
            throw ApiException.invalid("mergeIntoId", "请选择并入的提案");
        }
        ProposalRow target = proposals.findById(targetId);
        if (target == null
                || target.id.equals(proposal.id)
                || target.sessionId != proposal.sessionId
                || target.proposalNumber == null
                || NOT_REGISTERED.contains(target.state)) {
            throw ApiException.invalid("mergeIntoId", "只能并入本次会议已立案的其他提案");
        }
        support.move(proposal, ProposalState.UNDER_REVIEW, ProposalState.MERGED);
        proposals.recordDecision(proposal.id, null, null, targetId, comment);
        List<Long> receivers = new ArrayList<>();
        if (proposal.leadMemberId != null) {
            receivers.add(proposal.leadMemberId);
        }
        proposals.cosigners(proposal.id).stream()
                .filter(c -> c.status() == CosignerStatus.CONFIRMED)
                .forEach(c -> receivers.add(c.memberId()));
        List<Long> already = proposals.cosigners(targetId).stream()
                .map(CosignerView::memberId)
                .toList();
        receivers.stream().filter(m -> !m.equals(target.leadMemberId)).forEach(m -> {
            if (already.contains(m)) {
                // Declined or let expire the target's invitation: as a proposer of the merged one, still a recipient.
                proposals.markMerged(targetId, m);
            } else {
                proposals.insertCosigner(targetId, m, CosignerStatus.MERGED, support.now());
            }
        });
        support.record(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                HistoryAction.MERGE,
                ProposalState.UNDER_REVIEW,
                null,
                join("并入第" + target.proposalNumber + "号提案「" + target.title + "」", comment));
        support.history.record(
                targetId,
                office,
                Role.PROPOSAL_OFFICE,
                HistoryAction.RECEIVE_MERGED,
                null,
                null,
                null,
                "「" + proposal.title + "」并入本提案，其提案人将一并收到答复");
        support.publish(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                ProposalState.UNDER_REVIEW,
                f -> new ProposalEvent.Merged(f, target.id, target.proposalNumber, target.title, comment));
    }

    @Transactional
    void assign(PlatformUser office, long proposalId, AssignmentPlan plan) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        ProposalRow proposal = support.lockVisible(office, proposalId);
        ProposalAccess.requireState(proposal, ProposalState.ASSIGNMENT);
        List<ProposalEvent.UnitAssignment> slots = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Slot slot : slots(plan)) {
            slots.add(newAssignment(proposal, slot.unit(), slot.role()));
            described.add(role(slot.role()) + "：" + slot.unit().name());
        }
        support.move(proposal, ProposalState.ASSIGNMENT, ProposalState.AWAITING_SIGN_OFF);
        support.workflow.assign(
                proposal,
                slots.stream().map(ProposalEvent.UnitAssignment::assignmentId).toList());
        support.record(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                HistoryAction.ASSIGN,
                ProposalState.ASSIGNMENT,
                null,
                join(String.join("；", described), blankToNull(plan.comment())));
        support.publish(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                ProposalState.ASSIGNMENT,
                f -> new ProposalEvent.Assigned(f, slots));
    }

    @Transactional
    void decideReturn(PlatformUser office, long assignmentId, ReturnDecision decision) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        AssignmentRow assignment = proposals.findAssignment(assignmentId);
        if (assignment == null) {
            throw ApiException.notFound("交办记录");
        }
        ProposalRow proposal = support.lockVisible(office, assignment.proposalId);
        String comment = blankToNull(decision.comment());
        if (decision.approve()) {
            if (decision.newUnitId() == null) {
                throw ApiException.invalid("newUnitId", "同意退回须选择改派的承办单位");
            }
            UnitRef unit = enabledUnit(decision.newUnitId(), "newUnitId");
            if (proposals.unitAssigned(proposal.id, unit.id())) {
                throw ApiException.invalid("newUnitId", "该单位已承办此提案，请选择其他单位");
            }
            moveAssignment(assignment, AssignmentStatus.RETURN_REQUESTED, AssignmentStatus.RETURNED);
            ProposalEvent.UnitAssignment replacement = newAssignment(proposal, unit, assignment.unitRole);
            proposals.recordReplacement(assignmentId, replacement.assignmentId());
            support.workflow.decideReturn(proposal, assignmentId, replacement.assignmentId());
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.APPROVE_RETURN,
                    proposal.state,
                    assignmentId,
                    join(assignment.unitName + "退回，改派" + unit.name(), comment));
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    proposal.state,
                    f -> new ProposalEvent.ReturnDecided(
                            f, assignmentId, assignment.unitId, assignment.unitName, true, replacement, comment));
        } else {
            if (comment == null) {
                throw ApiException.invalid("comment", "不同意退回须说明理由");
            }
            moveAssignment(assignment, AssignmentStatus.RETURN_REQUESTED, AssignmentStatus.AWAITING_SIGN_OFF);
            support.workflow.decideReturn(proposal, assignmentId, null);
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.REFUSE_RETURN,
                    proposal.state,
                    assignmentId,
                    join("不同意" + assignment.unitName + "退回", comment));
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    proposal.state,
                    f -> new ProposalEvent.ReturnDecided(
                            f, assignmentId, assignment.unitId, assignment.unitName, false, null, comment));
        }
    }

    /** One unit of a plan and its role. */
    record Slot(UnitRef unit, UnitRole role) {}

    /**
     * The units a plan names, checked (a lead, no lead that also assists, at least two split units, every unit
     * enabled) without writing anything: the 交办会 checks every row with it before assigning any.
     */
    List<Slot> slots(AssignmentPlan plan) {
        List<Slot> slots = new ArrayList<>();
        if (plan.mode() == AssignmentPlan.Mode.LEAD_AND_ASSISTING) {
            if (plan.leadUnitId() == null) {
                throw ApiException.invalid("leadUnitId", "请选择主办单位");
            }
            Set<Long> assisting = new LinkedHashSet<>(plan.assisting());
            if (assisting.contains(plan.leadUnitId())) {
                throw ApiException.invalid("assistingUnitIds", "主办单位不能同时作为会办单位");
            }
            slots.add(new Slot(enabledUnit(plan.leadUnitId(), "leadUnitId"), UnitRole.LEAD));
            for (Long unitId : assisting) {
                slots.add(new Slot(enabledUnit(unitId, "assistingUnitIds"), UnitRole.ASSISTING));
            }
        } else {
            Set<Long> split = new LinkedHashSet<>(plan.split());
            if (split.size() < 2) {
                throw ApiException.invalid("splitUnitIds", "分办须选择至少两个承办单位");
            }
            for (Long unitId : split) {
                slots.add(new Slot(enabledUnit(unitId, "splitUnitIds"), UnitRole.SPLIT));
            }
        }
        return slots;
    }

    private static String role(UnitRole role) {
        return switch (role) {
            case LEAD -> "主办";
            case ASSISTING -> "会办";
            case SPLIT -> "分办";
        };
    }

    private ProposalEvent.UnitAssignment newAssignment(ProposalRow proposal, UnitRef unit, UnitRole role) {
        AssignmentRow assignment = new AssignmentRow();
        assignment.proposalId = proposal.id;
        assignment.unitId = unit.id();
        assignment.unitRole = role;
        assignment.status = AssignmentStatus.AWAITING_SIGN_OFF;
        assignment.handlingRound = 1;
        assignment.signDueDate = deadlines.of(proposal).signOff().dueFrom(support.today(), calendar);
        assignment.createdAt = support.now();
        assignment.updatedAt = assignment.createdAt;
        proposals.insertAssignment(assignment);
        return new ProposalEvent.UnitAssignment(assignment.id, unit.id(), unit.name(), role, assignment.signDueDate);
    }

    private void moveAssignment(AssignmentRow assignment, AssignmentStatus from, AssignmentStatus to) {
        if (proposals.assignmentTransition(assignment.id, from, to, support.now()) != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该交办记录的状态已变化，请刷新后重试");
        }
    }

    private UnitRef enabledUnit(long unitId, String field) {
        return directory
                .unit(unitId)
                .filter(UnitRef::enabled)
                .orElseThrow(() -> ApiException.invalid(field, "承办单位不存在或已停用"));
    }

    private String dictionaryLabel(String type, String code, String field, String message) {
        return directory.dictionary(type).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .map(OrganisationDirectory.DictionaryEntry::label)
                .orElseThrow(() -> ApiException.invalid(field, message));
    }

    private static String join(String first, String second) {
        return second == null ? first : first + "。" + second;
    }
}
