package org.cppcc.platform.proposal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitLeaders;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.proposal.internal.ProposalProcess.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each viewer sees of a proposal's handling. Proposers see a reply only once it is sent; a split
 * unit sees its own reply and no other unit's; an assisting unit sees the lead's reply it countersigns.
 */
@Service
@Transactional(readOnly = true)
class HandlingQueries {

    private final ProposalMapper proposals;
    private final HandlingMapper handling;
    private final HandlingState state;
    private final ProposalAccess access;
    private final ProposalWorkflow workflow;
    private final Clock clock;

    private final UnitLeaders unitLeaders;

    HandlingQueries(
            ProposalMapper proposals,
            HandlingMapper handling,
            HandlingState state,
            ProposalAccess access,
            ProposalWorkflow workflow,
            UnitLeaders unitLeaders,
            Clock clock) {
        this.unitLeaders = unitLeaders;
        this.proposals = proposals;
        this.handling = handling;
        this.state = state;
        this.access = access;
        this.workflow = workflow;
        this.clock = clock;
    }

    record HandlingView(
            List<HandlingViews.ContactView> contacts,
            List<HandlingViews.OpinionView> opinions,
            List<HandlingViews.MeetingView> meetings,
            List<HandlingViews.ExtensionView> extensions,
            List<ReplyRow> replies,
            List<HandlingViews.CountersignView> countersigns,
            List<HandlingViews.EvaluationView> evaluations,
            List<HandlingViews.FollowUpView> followUps,
            List<Long> evaluatorMemberIds,
            List<Action> actions) {}

    /** Something the viewer may do now; {@code targetId} names the assignment, meeting or extension. */
    record Action(String action, Long targetId) {}

    HandlingView handling(PlatformUser viewer, long proposalId) {
        ProposalRow proposal = access.viewable(viewer, proposalId);
        boolean staff = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        List<AssignmentRow> mine = viewer.has(Role.HANDLING_UNIT) && viewer.unitId() != null
                ? proposals.assignments(proposalId).stream()
                        .filter(a -> a.unitId == viewer.unitId())
                        .toList()
                : List.of();
        boolean leadUnit = mine.stream().anyMatch(a -> a.unitRole == UnitRole.LEAD);
        boolean assistingUnit = mine.stream().anyMatch(a -> a.unitRole == UnitRole.ASSISTING);
        List<Long> myAssignments = mine.stream().map(a -> a.id).toList();
        List<AssignmentRow> all = proposals.assignments(proposalId);
        List<ReplyRow> replies = handling.replies(proposalId).stream()
                .filter(r -> staff
                        || myAssignments.contains(r.assignmentId)
                        || assistingUnit
                                && roleOf(all, r.assignmentId) == UnitRole.LEAD
                                && r.status != ReplyStatus.DRAFT
                        || mine.isEmpty() && r.status == ReplyStatus.SENT)
                .toList();
        List<HandlingViews.ContactView> contacts = handling.contacts(proposalId).stream()
                .filter(c -> staff || mine.isEmpty() || myAssignments.contains(c.assignmentId()))
                .toList();
        List<HandlingViews.OpinionView> opinions = handling.opinions(proposalId).stream()
                .filter(o -> staff || leadUnit || myAssignments.contains(o.assignmentId()))
                .toList();
        List<HandlingViews.ExtensionView> extensions = handling.extensions(proposalId).stream()
                .filter(e -> staff || myAssignments.contains(e.assignmentId()))
                .toList();
        return new HandlingView(
                contacts,
                opinions,
                handling.meetings(proposalId),
                extensions,
                replies,
                handling.countersigns(proposalId),
                handling.evaluations(proposalId),
                handling.followUps(proposalId),
                state.evaluatorMembers(proposal),
                actions(viewer, proposal, mine, extensions));
    }

    private static UnitRole roleOf(List<AssignmentRow> assignments, long assignmentId) {
        return assignments.stream()
                .filter(a -> a.id == assignmentId)
                .map(a -> a.unitRole)
                .findFirst()
                .orElse(null);
    }

    /** The commands check all of this again; this only decides which buttons to show. */
    private List<Action> actions(
            PlatformUser viewer,
            ProposalRow proposal,
            List<AssignmentRow> mine,
            List<HandlingViews.ExtensionView> extensions) {
        List<Action> actions = new ArrayList<>();
        boolean inHandling = HandlingCommands.IN_HANDLING.contains(proposal.state);
        for (AssignmentRow a : mine) {
            if (a.handlingRound != proposal.handlingRound || a.status != AssignmentStatus.SIGNED) {
                continue;
            }
            ReplyRow reply = handling.replyOf(a.id);
            ReplyStatus replyStatus = reply == null ? ReplyStatus.DRAFT : reply.status;
            boolean editable = replyStatus == ReplyStatus.DRAFT || replyStatus == ReplyStatus.RETURNED;
            if (inHandling) {
                actions.add(new Action("RECORD_CONTACT", a.id));
            }
            if (a.unitRole == UnitRole.ASSISTING) {
                boolean sent = handling.opinions(proposal.id).stream().anyMatch(o -> o.assignmentId() == a.id);
                if (inHandling && !sent) {
                    actions.add(new Action("SEND_OPINION", a.id));
                }
                state.current(proposal).stream()
                        .filter(l -> l.unitRole == UnitRole.LEAD)
                        .findFirst()
                        .map(l -> handling.replyOf(l.id))
                        .filter(r -> r.status == ReplyStatus.COUNTERSIGNING
                                && !handling.hasCountersigned(r.id, r.version, a.id))
                        .ifPresent(r -> actions.add(new Action("COUNTERSIGN", a.id)));
                continue;
            }
            if (inHandling && editable) {
                actions.add(new Action("SAVE_REPLY", a.id));
                if (reply != null) {
                    actions.add(new Action("SUBMIT_REPLY", a.id));
                }
                if (extensions.stream()
                        .noneMatch(e -> e.assignmentId() == a.id && e.status().equals("REQUESTED"))) {
                    actions.add(new Action("REQUEST_EXTENSION", a.id));
                }
                actions.add(new Action("SCHEDULE_MEETING", null));
            }
            if (replyStatus == ReplyStatus.LEADER_APPROVAL && maySignOff(viewer, a.unitId)) {
                actions.add(new Action("APPROVE_REPLY", a.id));
            }
            if ((proposal.state == ProposalState.CLOSED || proposal.state == ProposalState.PUBLISHED)
                    && proposal.needsFollowUp
                    && replyStatus == ReplyStatus.SENT) {
                actions.add(new Action("FOLLOW_UP", a.id));
            }
        }
        if (viewer.has(Role.PROPOSAL_OFFICE)) {
            officeActions(proposal, extensions, actions);
        }
        Long memberId = access.memberId(viewer);
        if (proposal.state == ProposalState.AWAITING_EVALUATION
                && memberId != null
                && state.evaluatorMembers(proposal).contains(memberId)
                && handling.evaluations(proposal.id).stream()
                        .noneMatch(e -> e.handlingRound() == proposal.handlingRound && e.memberId() == memberId)) {
            actions.add(new Action("EVALUATE", null));
        }
        handling.meetings(proposal.id).stream()
                .filter(m -> m.heldAt() == null
                        && !m.meetingTime().isAfter(LocalDateTime.now(clock))
                        && (m.organisedBy() == viewer.id()
                                || Long.valueOf(viewer.id()).equals(m.chairAccountId())
                                || viewer.has(Role.PROPOSAL_OFFICE)))
                .forEach(m -> actions.add(new Action("RECORD_MEETING", m.id())));
        return actions.stream().distinct().toList();
    }

    private void officeActions(
            ProposalRow proposal, List<HandlingViews.ExtensionView> extensions, List<Action> actions) {
        if (HandlingCommands.IN_HANDLING.contains(proposal.state)
                || proposal.state == ProposalState.AWAITING_SIGN_OFF) {
            actions.add(new Action("SCHEDULE_MEETING", null));
        }
        extensions.stream()
                .filter(e -> e.status().equals("REQUESTED"))
                .forEach(e -> actions.add(new Action("DECIDE_EXTENSION", e.id())));
        handling.replies(proposal.id).stream()
                .filter(r -> r.status == ReplyStatus.OFFICE_CHECK)
                .forEach(r -> actions.add(new Action("CHECK_REPLY", r.assignmentId)));
        if (proposal.state == ProposalState.AWAITING_EVALUATION) {
            actions.add(new Action("EVALUATE_ON_PAPER", null));
            if (workflow.waitsFor(proposal, Tasks.DECIDE_AFTER_EVALUATION)) {
                actions.add(new Action("DECIDE_AFTER_EVALUATION", null));
            }
        }
        if (proposal.state == ProposalState.CLOSED && proposal.consentPublish) {
            actions.add(new Action("PUBLISH", null));
        }
    }

    List<HandlingViews.MeetingView> myMeetings(PlatformUser viewer) {
        return handling.meetingsOf(viewer.id());
    }

    List<HandlingViews.ExtensionView> pendingExtensions(PlatformUser viewer) {
        ProposalAccess.requireRole(viewer, Role.PROPOSAL_OFFICE);
        return handling.pendingExtensions();
    }

    /**
     * Sign-off is offered to the unit's named leaders only; while none is named, to the unit's accounts, whose
     * attempt then explains that the office must name one.
     */
    private boolean maySignOff(PlatformUser viewer, long unitId) {
        List<Long> leaders = unitLeaders.of(unitId);
        return leaders.isEmpty() || leaders.contains(viewer.id());
    }
}
