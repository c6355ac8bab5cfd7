package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.DeadlineItem;
import org.cppcc.platform.proposal.DeadlineKind;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.proposal.SupervisionAct;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.internal.ProposalProcess.Tasks;
import org.cppcc.platform.proposal.internal.ProposalProcess.Variables;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The proposal side of supervision: deadlines from the proposal tables, key proposals on the BPMN model. */
@Service
class SupervisionBridge implements ProposalSupervision {

    static final Set<ProposalState> REGISTERED_OPEN = EnumSet.of(
            ProposalState.ASSIGNMENT,
            ProposalState.AWAITING_SIGN_OFF,
            ProposalState.HANDLING,
            ProposalState.REHANDLING,
            ProposalState.REPLY_REVIEW,
            ProposalState.AWAITING_EVALUATION);

    private final CommandSupport support;
    private final SupervisionMapper mapper;
    private final HandlingState handlingState;
    private final OrganisationDirectory directory;
    private final WorkingDayCalendar calendar;
    private final ProposalDeadlines deadlines;
    private final RuntimeService runtime;
    private final TaskService tasks;

    SupervisionBridge(
            CommandSupport support,
            SupervisionMapper mapper,
            HandlingState handlingState,
            OrganisationDirectory directory,
            WorkingDayCalendar calendar,
            ProposalDeadlines deadlines,
            RuntimeService runtime,
            TaskService tasks) {
        this.support = support;
        this.mapper = mapper;
        this.handlingState = handlingState;
        this.directory = directory;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public List<DeadlineItem> openDeadlines() {
        return items(mapper.openDeadlines(null));
    }

    @Override
    public List<DeadlineItem> openDeadlines(long proposalId) {
        return items(mapper.openDeadlines(proposalId));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockIfStillOpen(DeadlineItem item) {
        ProposalRow proposal = support.proposals.lock(item.proposalId());
        if (proposal == null) {
            return false;
        }
        return items(mapper.openDeadlines(item.proposalId())).stream()
                .anyMatch(open -> open.key().equals(item.key()));
    }

    @Override
    public Map<Long, String> titles(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        return mapper.titles(Set.copyOf(proposalIds)).stream()
                .collect(Collectors.toMap(SupervisionMapper.ProposalTitle::id, SupervisionMapper.ProposalTitle::title));
    }

    @Override
    public Optional<ProposalBrief> brief(long proposalId) {
        return Optional.ofNullable(support.proposals.findById(proposalId)).map(this::brief);
    }

    @Override
    public List<ProposalBrief> registeredInHandling() {
        return mapper.registeredInHandling().stream()
                .map(id -> support.proposals.findById(id))
                .filter(Objects::nonNull)
                .map(this::brief)
                .toList();
    }

    @Override
    public boolean canView(PlatformUser user, long proposalId) {
        ProposalRow proposal = support.proposals.findById(proposalId);
        return proposal != null && support.access.canView(user, proposal);
    }

    @Override
    @Transactional
    public void approveKeyProposal(PlatformUser office, long proposalId, LocalDate replyDueLimit, String comment) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        ProposalRow proposal = support.lockVisible(office, proposalId);
        if (!REGISTERED_OPEN.contains(proposal.state)) {
            throw ProposalAccess.stateConflict(proposal.state);
        }
        if (proposal.keyProposal) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案已列为重点提案");
        }
        if (replyDueLimit != null && !replyDueLimit.isAfter(support.today())) {
            throw ApiException.invalid("replyDueDate", "重点提案的答复期限须晚于今天");
        }
        mapper.markKeyProposal(proposalId, replyDueLimit);
        List<String> moved = new ArrayList<>();
        if (replyDueLimit != null) {
            for (AssignmentRow assignment : handlingState.current(proposal)) {
                if (mapper.limitReplyDue(assignment.id, replyDueLimit) == 1) {
                    alignHandlingDue(proposal, assignment.id, replyDueLimit);
                    moved.add(assignment.unitName);
                }
            }
        }
        Execution subscription = runtime
                .createExecutionQuery()
                .processInstanceId(proposal.processInstanceId)
                .messageEventSubscriptionName(ProposalProcess.KEY_PROPOSAL_APPROVED)
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.STATE_CONFLICT, "流程状态已变化，请刷新后重试"));
        runtime.messageEventReceived(ProposalProcess.KEY_PROPOSAL_APPROVED, subscription.getId());
        String deadline = replyDueLimit == null
                ? ""
                : "，答复期限提前至" + replyDueLimit + (moved.isEmpty() ? "" : "（" + String.join("、", moved) + "）");
        support.record(
                proposal,
                office,
                Role.PROPOSAL_OFFICE,
                HistoryAction.KEY_APPROVE,
                proposal.state,
                null,
                (comment == null || comment.isBlank() ? "经主席会议审定列为重点提案" : comment.strip()) + deadline);
    }

    @Override
    @Transactional
    public void concludeKeySupervision(PlatformUser actor, Role role, long proposalId, String comment) {
        ProposalRow proposal = support.lockVisible(actor, proposalId);
        if (!proposal.keyProposal) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该提案不是重点提案");
        }
        Task supervise = tasks.createTaskQuery()
                .processInstanceId(proposal.processInstanceId)
                .taskDefinitionKey(Tasks.SUPERVISE)
                .singleResult();
        if (supervise == null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该重点提案的督办已经结束");
        }
        tasks.complete(supervise.getId());
        support.record(proposal, actor, role, HistoryAction.SUPERVISION_CONCLUDED, proposal.state, null, comment);
    }

    @Override
    @Transactional
    public void record(
            PlatformUser actor, Role role, long proposalId, SupervisionAct act, Long assignmentId, String comment) {
        ProposalRow proposal = support.proposals.findById(proposalId);
        if (proposal == null) {
            throw ApiException.notFound("提案");
        }
        support.history.record(
                proposalId,
                actor,
                role,
                HistoryAction.valueOf(act.name()),
                proposal.state,
                proposal.state,
                assignmentId,
                comment);
    }

    /** A unit that signs for a key proposal's assignment later gets the shorter deadline in Flowable too. */
    void alignHandlingDue(ProposalRow proposal, long assignmentId, LocalDate due) {
        Date end = Date.from(ZonedDateTime.of(due.atTime(23, 59, 59), support.clock.getZone())
                .toInstant());
        tasks
                .createTaskQuery()
                .processInstanceId(proposal.processInstanceId)
                .taskDefinitionKey(Tasks.HANDLE)
                .list()
                .stream()
                .filter(t -> runtime.getVariable(t.getExecutionId(), Variables.ASSIGNMENT_ID) instanceof Number n
                        && n.longValue() == assignmentId)
                .forEach(t -> tasks.setDueDate(t.getId(), end));
    }

    private ProposalBrief brief(ProposalRow proposal) {
        List<ProposalBrief.UnitPart> units = handlingState.current(proposal).stream()
                .map(a -> new ProposalBrief.UnitPart(
                        a.id,
                        a.unitId,
                        a.unitName,
                        a.unitRole,
                        a.status,
                        a.signDueDate,
                        a.contactDueDate,
                        a.replyDueDate))
                .toList();
        return new ProposalBrief(
                proposal.id,
                proposal.sessionId,
                proposal.proposalNumber,
                proposal.title,
                proposal.category,
                proposal.state,
                proposal.keyProposal,
                mapper.replyDueLimit(proposal.id),
                units);
    }

    private List<DeadlineItem> items(List<DeadlineRow> rows) {
        List<DeadlineItem> items = new ArrayList<>();
        for (DeadlineRow row : rows) {
            if (row.kind == DeadlineKind.EVALUATION) {
                evaluation(row).ifPresent(items::add);
            } else {
                items.add(new DeadlineItem(
                        row.kind,
                        row.proposalId,
                        row.proposalNumber,
                        row.title,
                        row.state,
                        row.keyProposal,
                        row.assignmentId,
                        row.unitId,
                        row.unitName,
                        row.unitRole,
                        row.dueDate,
                        List.of()));
            }
        }
        return items;
    }

    /**
     * Open while the evaluation window runs and some proposer has not answered; due 15 working days after the last
     * reply.
     */
    private Optional<DeadlineItem> evaluation(DeadlineRow row) {
        ProposalRow proposal = support.proposals.findById(row.proposalId);
        if (proposal == null || row.repliedAt == null || !support.workflow.waitsFor(proposal, Tasks.EVALUATE)) {
            return Optional.empty();
        }
        List<Long> answered = mapper.evaluatedMembers(proposal.id, proposal.handlingRound);
        List<Long> pending = handlingState.evaluatorMembers(proposal).stream()
                .filter(m -> !answered.contains(m))
                .map(m -> directory
                        .member(m)
                        .map(OrganisationDirectory.MemberRef::accountId)
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = deadlines.of(proposal).evaluation().dueFrom(row.repliedAt.toLocalDate(), calendar);
        return Optional.of(new DeadlineItem(
                DeadlineKind.EVALUATION,
                row.proposalId,
                row.proposalNumber,
                row.title,
                row.state,
                row.keyProposal,
                null,
                null,
                null,
                (UnitRole) null,
                due,
                pending));
    }
}
