package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * The proposal figures of the statistics board, counted over the proposal tables by this module (which owns
 * them), with ids where other modules hold the names. docs/statistics.md defines every figure.
 *
 * <p>The population of a {@link Scope} is the proposals submitted in the period (by {@code submitted_at}),
 * optionally of one session, and for a unit only those assigned to it (round 1, not returned).
 */
public interface ProposalFigures {

    /** Which proposals count: a period of submission, a session, one unit's (null = all). */
    record Scope(LocalDate from, LocalDate to, Long sessionId, Long unitId) {}

    /** What a per-proposal row is grouped by. */
    enum Dimension {
        CATEGORY,
        SECTOR,
        SESSION,
        COMMITTEE,
        MEMBER,
        YEAR
    }

    /**
     * Per-proposal counts of one group: {@code keyId} or {@code keyText} names it (category code and committee
     * name are texts; sector, session, member ids and the year are numbers).
     */
    record ProposalCounts(
            Long keyId,
            String keyText,
            long submitted,
            long registered,
            long refused,
            long merged,
            long converted,
            long replied,
            long contacted,
            long evaluated,
            long satisfied,
            long classA,
            long classB,
            long classC,
            long rehandled) {}

    /** Per-unit counts: one row per unit and part (lead, assisting and split units are counted apart). */
    record UnitCounts(
            long unitId,
            UnitRole role,
            long assigned,
            long signed,
            long signedOnTime,
            long contacted,
            long contactedOnTime,
            long replied,
            long repliedOnTime,
            long classA,
            long classB,
            long classC,
            long evaluated,
            long satisfied,
            long rehandled) {}

    /** A figure that can be opened as the list of proposals behind it. */
    enum Figure {
        SUBMITTED,
        REGISTERED,
        REFUSED,
        MERGED,
        CONVERTED,
        REPLIED,
        NOT_REPLIED,
        CONTACTED,
        EVALUATED,
        SATISFIED,
        UNSATISFIED,
        CLASS_A,
        CLASS_B,
        CLASS_C,
        REHANDLED,
        // of a unit's part (need a unit and a role)
        ASSIGNED,
        SIGNED,
        SIGNED_ON_TIME,
        SIGNED_LATE,
        UNIT_CONTACTED,
        CONTACTED_ON_TIME,
        UNIT_REPLIED,
        REPLIED_ON_TIME,
        REPLIED_LATE;

        public boolean ofUnit() {
            return ordinal() >= ASSIGNED.ordinal();
        }
    }

    /** Which figure and which group of it: {@code dimension} with its key, or a unit with its part. */
    record Drill(Figure figure, Dimension dimension, Long keyId, String keyText, Long unitId, UnitRole role) {}

    /** A line of a drill-down list. */
    record ProposalLine(
            long id,
            long sessionId,
            Integer number,
            String title,
            String category,
            ProposalState state,
            LocalDate submittedOn,
            int handlingRound) {}

    ProposalCounts totals(Scope scope);

    List<ProposalCounts> by(Scope scope, Dimension dimension);

    List<UnitCounts> byUnit(Scope scope);

    /** The proposals behind a figure, by session and number, at most {@code limit} from {@code offset}. */
    List<ProposalLine> proposals(Scope scope, Drill drill, int offset, int limit);

    long countProposals(Scope scope, Drill drill);
}
