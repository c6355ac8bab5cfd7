package org.cppcc.platform.consultation.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.consultation.Channel;
import org.cppcc.platform.consultation.Conclusion;
import org.cppcc.platform.consultation.Satisfaction;
import org.cppcc.platform.consultation.TriageOutcome;

/**
 * A state change of a micro-consultation matter, step by step (六事工作法). Listen to this interface for every
 * change, or to one of its records for one step.
 */
public sealed interface MatterEvent {

    MatterFacts facts();

    /** Step 1 (群众提事): raised online by a resident, or logged at a reception by duty staff. */
    record Raised(MatterFacts facts, Channel channel, int photoCount) implements MatterEvent {}

    /**
     * Duty staff triaged it: to consultation, answered, turned into a public opinion report or a member's draft
     * proposal ({@code proposalId}, {@code memberId}), merged ({@code mergedIntoId}) or declined.
     */
    record Triaged(
            MatterFacts facts, TriageOutcome outcome, String comment, Long mergedIntoId, Long proposalId, Long memberId)
            implements MatterEvent {}

    /** Step 2 (协商议事): a meeting called, with the members and units invited (others are named only). */
    record MeetingScheduled(
            MatterFacts facts,
            long meetingId,
            String topic,
            LocalDateTime scheduledAt,
            boolean online,
            String place,
            List<Long> memberIds,
            List<Long> unitIds)
            implements MatterEvent {
        public MeetingScheduled {
            memberIds = List.copyOf(memberIds);
            unitIds = List.copyOf(unitIds);
        }
    }

    /** The meeting was held and its minutes recorded: the matter goes on to deciding. */
    record MeetingHeld(MatterFacts facts, long meetingId) implements MatterEvent {}

    /** One agreed action: its responsible unit and due date. */
    record ActionPlan(long actionId, int seq, long unitId, String unitName, String content, LocalDate dueDate) {}

    /** Step 3 (研究定事): the outcome agreed as a list of actions. */
    record Decided(MatterFacts facts, long decisionId, String summary, List<ActionPlan> actions)
            implements MatterEvent {
        public Decided {
            actions = List.copyOf(actions);
        }
    }

    /** Step 4 (公开晒事): the outcome published; the units now carry out their actions (step 5). */
    record Published(MatterFacts facts, long decisionId, List<ActionPlan> actions) implements MatterEvent {
        public Published {
            actions = List.copyOf(actions);
        }
    }

    /** Step 5 (共同办事): a unit reported progress on its action; {@code done} at 100 %. */
    record ProgressReported(
            MatterFacts facts, long actionId, int seq, long unitId, String unitName, int percent, boolean done)
            implements MatterEvent {}

    /** Every action is done: the evaluation window (step 6, 大家评事) is open until {@code closesOn}. */
    record EvaluationOpened(MatterFacts facts, LocalDate closesOn) implements MatterEvent {}

    /** Who rated a matter. */
    enum Evaluator {
        /** The resident who raised it. */
        RAISER,
        RESIDENT,
        MEMBER
    }

    /** Step 6: one rating by a resident or a member. */
    record Evaluated(MatterFacts facts, Evaluator evaluator, Long memberId, Satisfaction satisfaction)
            implements MatterEvent {}

    /** After evaluation: closed (办结), consulted again, or turned into a member's draft proposal. */
    record Concluded(MatterFacts facts, Conclusion conclusion, String comment, Long proposalId, Long memberId)
            implements MatterEvent {}

    /**
     * An open action is due within a working day, or overdue ({@code overdue}): published once of each kind per
     * action by the reminder scan.
     */
    record ActionDue(
            MatterFacts facts,
            long actionId,
            int seq,
            long unitId,
            String content,
            LocalDate dueDate,
            int progressPercent,
            boolean overdue)
            implements MatterEvent {}
}
