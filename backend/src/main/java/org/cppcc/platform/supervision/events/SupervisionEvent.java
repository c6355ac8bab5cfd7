package org.cppcc.platform.supervision.events;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.proposal.DeadlineKind;

/** An act of supervision (督办) on a proposal, or a reminder the deadline scan sent. */
public sealed interface SupervisionEvent {

    SupervisionFacts facts();

    /** The office put the proposal on the key proposal shortlist. */
    record KeyProposalShortlisted(SupervisionFacts facts, String reason) implements SupervisionEvent {}

    /** The office took it off the shortlist before the chair's meeting decided. */
    record KeyProposalDropped(SupervisionFacts facts) implements SupervisionEvent {}

    /** 重点提案: the chair's meeting approved it, with its supervising leader and perhaps an earlier reply date. */
    record KeyProposalApproved(
            SupervisionFacts facts,
            String meetingName,
            LocalDate approvedOn,
            long leaderAccountId,
            String leaderName,
            LocalDate replyDueDate)
            implements SupervisionEvent {}

    /** Another leader leads the supervision (领衔督办). */
    record SupervisingLeaderChanged(
            SupervisionFacts facts, long leaderAccountId, String leaderName, Long previousLeaderAccountId)
            implements SupervisionEvent {}

    /** The supervising leader (or the office) ended key supervision. */
    record KeySupervisionConcluded(SupervisionFacts facts, String conclusion, Long leaderAccountId)
            implements SupervisionEvent {}

    /** 批示: a leader's instruction that every unit of the proposal must acknowledge. */
    record InstructionGiven(
            SupervisionFacts facts, long instructionId, long leaderAccountId, String leaderName, String content)
            implements SupervisionEvent {}

    /** A unit acknowledged (阅办) an instruction. */
    record InstructionAcknowledged(
            SupervisionFacts facts, long instructionId, long unitId, String unitName, long leaderAccountId, String note)
            implements SupervisionEvent {}

    /** 催办 by the office: one unit, or ({@code unitId} null) every unit of the proposal. */
    record Chased(SupervisionFacts facts, long chaseId, Long unitId, String chaserName, String message)
            implements SupervisionEvent {}

    /** A site visit (实地督办) or look-back review (回头看) was recorded. */
    record VisitRecorded(SupervisionFacts facts, long visitId, boolean lookBack, LocalDate visitDate, String place)
            implements SupervisionEvent {}

    /**
     * A reminder before a deadline ({@code overdue} false) or an overdue warning at escalation {@code level}, sent
     * once per item, kind and level by the reminder scan, to the accounts its policy chose.
     *
     * @param itemKey the deadline item (assignment and deadline kind, or the proposal's evaluation)
     * @param workingDaysLeft working days to the due date (0: today; negative: late)
     * @param audience who the warning goes to, as the notice names them (承办单位联系人, 单位领导 …)
     */
    record DeadlineReminder(
            SupervisionFacts facts,
            String itemKey,
            DeadlineKind deadlineKind,
            boolean overdue,
            int level,
            LocalDate dueDate,
            int workingDaysLeft,
            Long assignmentId,
            Long unitId,
            String unitName,
            String audience,
            List<Long> recipientAccountIds)
            implements SupervisionEvent {

        public DeadlineReminder {
            recipientAccountIds = List.copyOf(recipientAccountIds);
        }
    }
}
