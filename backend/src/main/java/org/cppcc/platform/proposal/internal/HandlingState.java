package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.SessionDeadlines;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.ReplyStatus;
import org.cppcc.platform.proposal.UnitRole;
import org.springframework.stereotype.Component;

/**
 * Derived facts of handling that several commands need: which assignments are current, which reply
 * each has, the proposal state those replies add up to, who evaluates, and the handling deadlines.
 */
@Component
class HandlingState {

    private static final Set<ReplyStatus> UNDER_REVIEW = EnumSet.of(
            ReplyStatus.COUNTERSIGNING, ReplyStatus.LEADER_APPROVAL, ReplyStatus.OFFICE_CHECK, ReplyStatus.SENT);

    private final ProposalMapper proposals;
    private final HandlingMapper handling;
    private final OrganisationDirectory directory;
    private final WorkingDayCalendar calendar;
    private final ProposalDeadlines deadlines;
    private final SupervisionMapper supervision;

    HandlingState(
            ProposalMapper proposals,
            HandlingMapper handling,
            OrganisationDirectory directory,
            WorkingDayCalendar calendar,
            ProposalDeadlines deadlines,
            SupervisionMapper supervision) {
        this.proposals = proposals;
        this.handling = handling;
        this.directory = directory;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.supervision = supervision;
    }

    /** The assignments of the proposal's current round that were not handed to another unit. */
    List<AssignmentRow> current(ProposalRow proposal) {
        return proposals.assignments(proposal.id).stream()
                .filter(a -> a.handlingRound == proposal.handlingRound && a.status != AssignmentStatus.RETURNED)
                .toList();
    }

    static boolean replies(AssignmentRow assignment) {
        return assignment.unitRole != UnitRole.ASSISTING;
    }

    /** Handling, reply under review, or awaiting evaluation, from where the current round's replies stand. */
    ProposalState stateFromReplies(ProposalRow proposal) {
        Map<Long, ReplyRow> replies = handling.replies(proposal.id).stream()
                .collect(Collectors.toMap(r -> r.assignmentId, Function.identity()));
        List<ReplyStatus> statuses = current(proposal).stream()
                .filter(HandlingState::replies)
                .map(a -> replies.containsKey(a.id) ? replies.get(a.id).status : ReplyStatus.DRAFT)
                .toList();
        if (statuses.stream().allMatch(s -> s == ReplyStatus.SENT)) {
            return ProposalState.AWAITING_EVALUATION;
        }
        if (statuses.stream().allMatch(UNDER_REVIEW::contains)) {
            return ProposalState.REPLY_REVIEW;
        }
        return proposal.handlingRound > 1 ? ProposalState.REHANDLING : ProposalState.HANDLING;
    }

    /** The lead proposer and every counted co-signer, including the proposers of merged proposals. */
    List<Long> evaluatorMembers(ProposalRow proposal) {
        List<Long> members = new ArrayList<>();
        if (proposal.leadMemberId != null) {
            members.add(proposal.leadMemberId);
        }
        proposals.cosigners(proposal.id).stream()
                .filter(c -> c.status() == CosignerStatus.CONFIRMED || c.status() == CosignerStatus.MERGED)
                .forEach(c -> members.add(c.memberId()));
        return members;
    }

    List<String> evaluatorAccounts(ProposalRow proposal) {
        return evaluatorMembers(proposal).stream()
                .map(m -> directory
                        .member(m)
                        .map(OrganisationDirectory.MemberRef::accountId)
                        .orElse(null))
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .toList();
    }

    /** From the day a unit signs: contact the proposer within 15 working days, reply within 3 months. */
    void startHandlingClock(ProposalRow proposal, long assignmentId, LocalDate signedOn) {
        SessionDeadlines session = deadlines.of(proposal);
        LocalDate contactDue = session.contact().dueFrom(signedOn, calendar);
        LocalDate replyDue = session.reply().dueFrom(signedOn, calendar);
        LocalDate keyLimit = keyReplyLimit(assignmentId);
        if (keyLimit != null && keyLimit.isBefore(replyDue)) {
            replyDue = keyLimit;
        }
        handling.setHandlingDates(assignmentId, contactDue, replyDue);
    }

    /** The earlier reply deadline a key proposal was given, if any. */
    LocalDate keyReplyLimit(long assignmentId) {
        return supervision.replyDueLimitOfAssignment(assignmentId);
    }

    LocalDate extendedDue(LocalDate replyDue, int months) {
        return calendar.onOrNextWorkingDay(replyDue.plusMonths(months));
    }
}
