package org.cppcc.platform.proposal.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.proposal.ContactWay;
import org.cppcc.platform.proposal.ReplyClass;
import org.cppcc.platform.proposal.ReviewDecision.ConversionKind;
import org.cppcc.platform.proposal.Satisfaction;
import org.cppcc.platform.proposal.UnitRole;

/**
 * A state change of a proposal (the lifecycle in docs/domain.md). Listen to this interface for every
 * change (a search index, statistics), or to one of its records for one step. Free text (comments, reasons)
 * is what the people concerned are told; ids are what a listener looks further things up by.
 */
public sealed interface ProposalEvent {

    ProposalFacts facts();

    // --- the proposer's side -----------------------------------------------------------------------------

    /** A member started a draft (草稿). */
    record Drafted(ProposalFacts facts) implements ProposalEvent {}

    /** The draft's text, proposers or suggested units changed. */
    record DraftUpdated(ProposalFacts facts) implements ProposalEvent {}

    /** A joint proposal went out to its co-signers (待联名). */
    record CosignersInvited(ProposalFacts facts, List<Long> invitedAccountIds, LocalDate deadline)
            implements ProposalEvent {}

    /** An invited member confirmed (附议) or declined. */
    record CosignAnswered(ProposalFacts facts, long memberId, long memberAccountId, boolean confirmed)
            implements ProposalEvent {}

    /**
     * The proposal reached the office for review (待审查): submitted by its proposer, or when the co-sign
     * deadline passed ({@code byDeadline}); {@code notCounted} invitations were not confirmed in time.
     */
    record Submitted(ProposalFacts facts, boolean byDeadline, int notCounted) implements ProposalEvent {}

    // --- review by the office -------------------------------------------------------------------------------

    /** 立案: the proposal got its number and waits for assignment. */
    record Registered(ProposalFacts facts, int number, String comment) implements ProposalEvent {}

    /** 不予立案, with a reason from the list and the office's comment. */
    record Refused(ProposalFacts facts, String reasonCode, String reason, String comment) implements ProposalEvent {}

    /** 转社情民意信息 / 转意见建议. */
    record Converted(ProposalFacts facts, ConversionKind convertedTo, String comment) implements ProposalEvent {}

    /** 并案: merged into a registered proposal, whose reply its proposers will receive too. */
    record Merged(ProposalFacts facts, long targetProposalId, int targetNumber, String targetTitle, String comment)
            implements ProposalEvent {}

    /** 退回修改: back to its proposer as a draft, with what to change. */
    record ReturnedForRevision(ProposalFacts facts, String comment) implements ProposalEvent {}

    // --- assignment and sign-off ------------------------------------------------------------------------------

    /** One unit's part in an assignment. */
    record UnitAssignment(long assignmentId, long unitId, String unitName, UnitRole role, LocalDate signDueDate) {}

    /** 交办: the office chose the handling units, each now to sign for its part (待签收). */
    record Assigned(ProposalFacts facts, List<UnitAssignment> assignments) implements ProposalEvent {
        public Assigned {
            assignments = List.copyOf(assignments);
        }
    }

    /** 签收: a unit signed for its assignment; {@code handlingStarted} once every unit has (办理中). */
    record Signed(ProposalFacts facts, long assignmentId, long unitId, String unitName, boolean handlingStarted)
            implements ProposalEvent {}

    /** 申请退回: a unit asked the office to take the assignment back. */
    record ReturnRequested(ProposalFacts facts, long assignmentId, long unitId, String unitName, String reason)
            implements ProposalEvent {}

    /** The office's answer to a return request: approved with a new unit, or refused (the unit signs after all). */
    record ReturnDecided(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            boolean approved,
            UnitAssignment replacement,
            String comment)
            implements ProposalEvent {}

    // --- handling -------------------------------------------------------------------------------------------------

    /** 办前沟通: a unit recorded its contact with the proposer. */
    record ProposerContacted(
            ProposalFacts facts, long assignmentId, long unitId, String unitName, LocalDate contactDate, ContactWay way)
            implements ProposalEvent {}

    /**
     * 承办人: the unit handed its assignment to a named officer account, or passed it on to another officer of the
     * unit ({@code previousOfficerAccountId} null on the first hand-over).
     */
    record OfficerAssigned(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            long officerAccountId,
            Long previousOfficerAccountId,
            String reason)
            implements ProposalEvent {}

    /** An assisting unit sent its opinion (会办意见) to the lead unit. */
    record OpinionSent(ProposalFacts facts, long assignmentId, long unitId, String unitName, long leadUnitId)
            implements ProposalEvent {}

    /** 办前协商会 called, with the accounts of everyone invited. */
    record MeetingScheduled(
            ProposalFacts facts,
            long meetingId,
            LocalDateTime meetingTime,
            String place,
            String chair,
            List<Long> inviteeAccountIds)
            implements ProposalEvent {
        public MeetingScheduled {
            inviteeAccountIds = List.copyOf(inviteeAccountIds);
        }
    }

    /** The pre-handling consultation was held and its minutes recorded. */
    record MeetingHeld(ProposalFacts facts, long meetingId) implements ProposalEvent {}

    /** 申请延期 of the reply deadline. */
    record ExtensionRequested(
            ProposalFacts facts, long extensionId, long assignmentId, long unitId, String unitName, int months)
            implements ProposalEvent {}

    /** The office approved (with the new reply date) or refused an extension. */
    record ExtensionDecided(
            ProposalFacts facts,
            long extensionId,
            long assignmentId,
            long unitId,
            String unitName,
            boolean approved,
            LocalDate newReplyDueDate,
            String note)
            implements ProposalEvent {}

    // --- the reply
    // ----------------------------------------------------------------------------------------------------

    /** A replying unit submitted its reply letter: to the assisting units to countersign, or to its leader. */
    record ReplySubmitted(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            ReplyClass replyClass,
            boolean countersigning,
            List<Long> countersigningUnitIds)
            implements ProposalEvent {
        public ReplySubmitted {
            countersigningUnitIds = List.copyOf(countersigningUnitIds);
        }
    }

    /** 会签: an assisting unit agreed or disagreed (the reply goes back to the lead unit then). */
    record Countersigned(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            long leadUnitId,
            boolean agreed,
            boolean allAgreed,
            String comment)
            implements ProposalEvent {}

    /** The unit's leader signed the reply (签发); it goes to the office to check. */
    record ReplyApproved(ProposalFacts facts, long assignmentId, long unitId, String unitName)
            implements ProposalEvent {}

    /**
     * The office checked a reply: {@code passed} sends it to the proposers ({@code finalClass} may differ from
     * the unit's), otherwise it goes back to the unit with the office's comment.
     */
    record ReplyChecked(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            boolean passed,
            ReplyClass finalClass,
            String comment)
            implements ProposalEvent {}

    // --- evaluation and after
    // -------------------------------------------------------------------------------------------

    /** A proposer's feedback form (征询意见表), their own or on paper entered by the office. */
    record Evaluated(
            ProposalFacts facts,
            long memberId,
            Long memberAccountId,
            boolean onPaper,
            boolean contacted,
            Satisfaction attitude,
            Satisfaction result,
            boolean allEvaluated)
            implements ProposalEvent {}

    /** The evaluation window closed; whoever did not answer counts as no answer. */
    record EvaluationWindowClosed(ProposalFacts facts) implements ProposalEvent {}

    /** 重新办理: a further handling round after an unsatisfied evaluation. */
    record RehandlingOrdered(ProposalFacts facts, int round, String comment) implements ProposalEvent {}

    /** 办结; {@code tracked} when a B or C reply stays followed up (跟踪办理). */
    record Closed(ProposalFacts facts, boolean tracked, String comment) implements ProposalEvent {}

    /** 公开: the proposal and its replies are on the public site. */
    record Published(ProposalFacts facts) implements ProposalEvent {}

    /** A unit reported later progress on a B or C reply, perhaps raising its class. */
    record FollowUpReported(
            ProposalFacts facts,
            long assignmentId,
            long unitId,
            String unitName,
            ReplyClass newClass,
            boolean stillTracked)
            implements ProposalEvent {}
}
