package org.cppcc.platform.proposal.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cppcc.platform.account.AccountService;
import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.HandlingForms;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitLeaders;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units' handling work around the reply: contacts, opinions, meetings, extensions and follow-up. */
@Service
class HandlingCommands {

    static final Set<ProposalState> IN_HANDLING =
            EnumSet.of(ProposalState.HANDLING, ProposalState.REHANDLING, ProposalState.REPLY_REVIEW);

    private final CommandSupport support;
    private final HandlingMapper handling;
    private final HandlingState state;
    private final OrganisationDirectory directory;
    private final AccountService accounts;
    private final ProposalDeadlines deadlines;
    private final UnitLeaders unitLeaders;

    HandlingCommands(
            CommandSupport support,
            HandlingMapper handling,
            HandlingState state,
            OrganisationDirectory directory,
            AccountService accounts,
            ProposalDeadlines deadlines,
            UnitLeaders unitLeaders) {
        this.unitLeaders = unitLeaders;
        this.support = support;
        this.handling = handling;
        this.state = state;
        this.directory = directory;
        this.accounts = accounts;
        this.deadlines = deadlines;
    }

    @Transactional
    void recordContact(PlatformUser unit, long assignmentId, HandlingForms.Contact contact) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = lockInHandling(unit, assignment);
        if (contact.contactDate().isAfter(support.today())) {
            throw ApiException.invalid("contactDate", "沟通日期不能晚于今天");
        }
        handling.insertContact(
                proposal.id,
                assignmentId,
                contact.contactDate(),
                contact.way().name(),
                contact.content().strip(),
                unit.id(),
                support.now());
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.RECORD_CONTACT,
                proposal.state,
                assignmentId,
                assignment.unitName + "：" + contact.content().strip());
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.ProposerContacted(
                        f, assignmentId, assignment.unitId, assignment.unitName, contact.contactDate(), contact.way()));
    }

    /** An assisting unit's opinion goes to the lead unit and ends that unit's part in this round. */
    @Transactional
    void sendOpinion(PlatformUser unit, long assignmentId, HandlingForms.Opinion opinion) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = lockInHandling(unit, assignment);
        if (assignment.unitRole != UnitRole.ASSISTING) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有会办单位提交会办意见");
        }
        handling.insertOpinion(proposal.id, assignmentId, opinion.content().strip(), unit.id(), support.now());
        support.workflow.setEvaluators(proposal, state.evaluatorAccounts(proposal));
        support.workflow.completeHandling(proposal, assignmentId);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.SEND_OPINION,
                proposal.state,
                assignmentId,
                assignment.unitName + "提交会办意见");
        long leadUnit = state.current(proposal).stream()
                .filter(a -> a.unitRole == UnitRole.LEAD)
                .mapToLong(a -> a.unitId)
                .findFirst()
                .orElse(assignment.unitId);
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.OpinionSent(f, assignmentId, assignment.unitId, assignment.unitName, leadUnit));
    }

    /** The office, or the lead unit, calls a pre-handling consultation meeting. */
    @Transactional
    long scheduleMeeting(PlatformUser organiser, long proposalId, HandlingForms.Meeting form) {
        ProposalRow proposal = support.lockVisible(organiser, proposalId);
        Role role = organiserRole(organiser, proposal);
        ProposalAccess.requireState(
                proposal, ProposalState.AWAITING_SIGN_OFF, ProposalState.HANDLING, ProposalState.REHANDLING);
        Set<Long> invitees = new LinkedHashSet<>();
        for (Long memberId : form.members()) {
            invitees.add(directory
                    .member(memberId)
                    .map(OrganisationDirectory.MemberRef::accountId)
                    .orElseThrow(() -> ApiException.invalid("inviteeMemberIds", "邀请的委员不存在或未开通账户")));
        }
        for (Long unitId : form.units()) {
            if (directory.unit(unitId).isEmpty()) {
                throw ApiException.invalid("inviteeUnitIds", "邀请的单位不存在");
            }
            invitees.addAll(accounts.accountsOfUnit(unitId));
        }
        if (invitees.isEmpty()) {
            throw ApiException.invalid("inviteeMemberIds", "请至少邀请一位委员或一个单位");
        }
        Long chairAccount = form.chairAccountId();
        if (chairAccount != null) {
            requireChairingLeader(organiser, proposal, chairAccount);
            invitees.add(chairAccount);
        }
        HandlingMapper.MeetingRow meeting = new HandlingMapper.MeetingRow();
        meeting.chairAccountId = chairAccount;
        meeting.proposalId = proposalId;
        meeting.meetingTime = form.meetingTime();
        meeting.place = form.place().strip();
        meeting.chair = form.chair().strip();
        meeting.organisedBy = organiser.id();
        meeting.createdAt = support.now();
        handling.insertMeeting(meeting);
        invitees.forEach(account -> handling.insertInvitee(meeting.id, account));
        support.record(
                proposal,
                organiser,
                role,
                HistoryAction.SCHEDULE_MEETING,
                proposal.state,
                null,
                form.meetingTime().toString().replace('T', ' ') + "，" + meeting.place + "，主持人：" + meeting.chair);
        support.publish(
                proposal,
                organiser,
                role,
                proposal.state,
                f -> new ProposalEvent.MeetingScheduled(
                        f, meeting.id, meeting.meetingTime, meeting.place, meeting.chair, List.copyOf(invitees)));
        return meeting.id;
    }

    @Transactional
    void recordMeeting(PlatformUser organiser, long meetingId, HandlingForms.MeetingOutcome outcome) {
        HandlingViews.MeetingView meeting = handling.findMeeting(meetingId);
        if (meeting == null) {
            throw ApiException.notFound("协商会");
        }
        ProposalRow proposal = support.lockVisible(organiser, meeting.proposalId());
        Role role = organiserRole(organiser, proposal);
        if (meeting.heldAt() != null) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该协商会的纪要已经记录");
        }
        if (meeting.meetingTime().isAfter(support.now())) {
            // The outcome of a meeting still to come would be invented: wait for its time.
            throw new ApiException(
                    ErrorCode.MEETING_NOT_YET_HELD,
                    "办前协商会定于" + meeting.meetingTime().toLocalDate() + " "
                            + meeting.meetingTime().toLocalTime() + "召开，尚未到会议时间，不能记录会议结果");
        }
        handling.recordMeeting(
                meetingId, outcome.minutes().strip(), outcome.attendance().strip(), support.now());
        support.record(
                proposal,
                organiser,
                role,
                HistoryAction.RECORD_MEETING,
                proposal.state,
                null,
                "出席：" + outcome.attendance().strip());
        support.publish(proposal, organiser, role, proposal.state, f -> new ProposalEvent.MeetingHeld(f, meetingId));
    }

    @Transactional
    long requestExtension(PlatformUser unit, long assignmentId, HandlingForms.ExtensionRequest request) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = lockInHandling(unit, assignment);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (!HandlingState.replies(assignment)
                || reply != null && reply.status != ReplyStatus.DRAFT && reply.status != ReplyStatus.RETURNED) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有尚未提交答复的主办或分办单位可以申请延期");
        }
        if (handling.hasPendingExtension(assignmentId)) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "已有待审批的延期申请");
        }
        int allowed = deadlines.of(proposal).maxExtensionMonths() - assignment.extendedMonths;
        if (request.months() > allowed) {
            throw ApiException.invalid("months", allowed <= 0 ? "办理期限已延至上限，不能再延期" : "最多还能延期" + allowed + "个月");
        }
        HandlingMapper.ExtensionRow row = new HandlingMapper.ExtensionRow();
        row.proposalId = proposal.id;
        row.assignmentId = assignmentId;
        row.months = request.months();
        row.reason = request.reason().strip();
        row.requestedBy = unit.id();
        row.requestedAt = support.now();
        handling.insertExtension(row);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.REQUEST_EXTENSION,
                proposal.state,
                assignmentId,
                assignment.unitName + "申请延期" + request.months() + "个月：" + row.reason);
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.ExtensionRequested(
                        f, row.id, assignmentId, assignment.unitId, assignment.unitName, row.months));
        return row.id;
    }

    @Transactional
    void decideExtension(PlatformUser office, long extensionId, HandlingForms.ExtensionDecision decision) {
        ProposalAccess.requireRole(office, Role.PROPOSAL_OFFICE);
        HandlingViews.ExtensionView extension = handling.findExtension(extensionId);
        if (extension == null) {
            throw ApiException.notFound("延期申请");
        }
        ProposalRow proposal = support.lockVisible(office, extension.proposalId());
        String note = blankToNull(decision.note());
        if (handling.decideExtension(
                        extensionId, decision.approve() ? "APPROVED" : "REFUSED", office.id(), note, support.now())
                != 1) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "该延期申请已经审批");
        }
        if (decision.approve()) {
            AssignmentRow assignment = support.proposals.findAssignment(extension.assignmentId());
            LocalDate due = state.extendedDue(replyDue(assignment), extension.months());
            handling.extendAssignment(assignment.id, extension.months(), due);
            support.workflow.setHandlingDue(
                    proposal,
                    assignment.id,
                    Date.from(ZonedDateTime.of(due.atTime(23, 59, 59), support.clock.getZone())
                            .toInstant()));
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.APPROVE_EXTENSION,
                    proposal.state,
                    assignment.id,
                    extension.unitName() + "延期至" + due + (note == null ? "" : "。" + note));
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    proposal.state,
                    f -> new ProposalEvent.ExtensionDecided(
                            f, extensionId, assignment.id, assignment.unitId, extension.unitName(), true, due, note));
        } else {
            support.record(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    HistoryAction.REFUSE_EXTENSION,
                    proposal.state,
                    extension.assignmentId(),
                    note);
            AssignmentRow assignment = support.proposals.findAssignment(extension.assignmentId());
            support.publish(
                    proposal,
                    office,
                    Role.PROPOSAL_OFFICE,
                    proposal.state,
                    f -> new ProposalEvent.ExtensionDecided(
                            f,
                            extensionId,
                            assignment.id,
                            assignment.unitId,
                            extension.unitName(),
                            false,
                            assignment.replyDueDate,
                            note));
        }
    }

    /** A B or C reply stays tracked: the unit reports later progress, which may raise the class. */
    @Transactional
    void followUp(PlatformUser unit, long assignmentId, HandlingForms.FollowUp followUp) {
        AssignmentRow assignment = support.unitAssignment(unit, assignmentId);
        ProposalRow proposal = support.lockVisible(unit, assignment.proposalId);
        ProposalAccess.requireState(proposal, ProposalState.CLOSED, ProposalState.PUBLISHED);
        ReplyRow reply = handling.replyOf(assignmentId);
        if (reply == null || reply.status != ReplyStatus.SENT || reply.effectiveClass() == ReplyClass.A) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "只有B类、C类答复需要跟踪办理");
        }
        if (followUp.newClass() != null) {
            if (!followUp.newClass().isBetterThan(reply.effectiveClass())) {
                throw ApiException.invalid("newClass", "跟踪办理只能提高答复类别");
            }
            handling.raiseClass(reply.id, followUp.newClass());
        }
        handling.insertFollowUp(
                proposal.id, assignmentId, followUp.content().strip(), followUp.newClass(), unit.id(), support.now());
        boolean stillTracked = handling.replies(proposal.id).stream()
                .filter(r -> r.handlingRound == proposal.handlingRound && r.status == ReplyStatus.SENT)
                .anyMatch(r -> r.effectiveClass() != ReplyClass.A);
        handling.setFollowUp(proposal.id, stillTracked);
        support.record(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                HistoryAction.FOLLOW_UP,
                proposal.state,
                assignmentId,
                followUp.content().strip()
                        + (followUp.newClass() == null ? "" : "（答复类别调整为" + followUp.newClass() + "类）"));
        support.publish(
                proposal,
                unit,
                Role.HANDLING_UNIT,
                proposal.state,
                f -> new ProposalEvent.FollowUpReported(
                        f, assignmentId, assignment.unitId, assignment.unitName, followUp.newClass(), stillTracked));
    }

    ProposalRow lockInHandling(PlatformUser unit, AssignmentRow assignment) {
        ProposalRow proposal = support.lockVisible(unit, assignment.proposalId);
        if (!IN_HANDLING.contains(proposal.state)
                || assignment.status != AssignmentStatus.SIGNED
                || assignment.handlingRound != proposal.handlingRound) {
            throw ProposalAccess.stateConflict(proposal.state);
        }
        return proposal;
    }

    /**
     * A chair named as an account is a 分管领导 of a unit handling the proposal in this round; a unit names only its
     * own leader, the office any of the handling units' leaders.
     */
    private void requireChairingLeader(PlatformUser organiser, ProposalRow proposal, long chairAccount) {
        boolean leads = state.current(proposal).stream()
                .filter(a -> organiser.has(Role.PROPOSAL_OFFICE) || a.unitId == organiser.unitId())
                .anyMatch(a -> unitLeaders.of(a.unitId).contains(chairAccount));
        if (!leads) {
            throw ApiException.invalid("chairAccountId", "主持人须是承办该提案单位的分管领导");
        }
    }

    private Role organiserRole(PlatformUser organiser, ProposalRow proposal) {
        if (organiser.has(Role.PROPOSAL_OFFICE)) {
            return Role.PROPOSAL_OFFICE;
        }
        boolean leadUnit = organiser.has(Role.HANDLING_UNIT)
                && state.current(proposal).stream()
                        .anyMatch(a -> a.unitId == organiser.unitId() && a.unitRole != UnitRole.ASSISTING);
        if (!leadUnit) {
            throw new ApiException(ErrorCode.FORBIDDEN, "只有提案委或主办单位可以组织办前协商会");
        }
        return Role.HANDLING_UNIT;
    }

    private LocalDate replyDue(AssignmentRow assignment) {
        return assignment.replyDueDate != null ? assignment.replyDueDate : support.today();
    }
}
