package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.proposal.ProposalFigures.ProposalCounts;
import org.cppcc.platform.proposal.ProposalFigures.ProposalLine;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;

/**
 * The statistics board's counts computed on read over the proposal tables: the reference that the kept figures
 * ({@link FiguresModelMapper}) must equal, and the source of one proposal's kept rows ({@link FiguresKeeper}). Names
 * of enums travel as strings for the SQL's tests.
 */
@Mapper
interface FiguresMapper {

    /**
     * The scope as the SQL takes it: {@code toNext} is the day after the period's last day; {@code proposalId}
     * narrows it to one proposal (for {@link FiguresKeeper}).
     */
    record Query(LocalDate from, LocalDate toNext, Long sessionId, Long unitId, Long proposalId) {

        Query(LocalDate from, LocalDate toNext, Long sessionId, Long unitId) {
            this(from, toNext, sessionId, unitId, null);
        }

        static Query of(long proposalId) {
            return new Query(null, null, null, null, proposalId);
        }
    }

    /** A drill-down as the SQL takes it. */
    record DrillQuery(String figure, String dimension, Long keyId, String keyText, Long unitId, String role) {}

    ProposalCounts totals(@Param("q") Query query);

    List<ProposalCounts> by(@Param("q") Query query, @Param("dimension") String dimension);

    List<UnitCounts> byUnit(@Param("q") Query query);

    List<ProposalLine> proposals(
            @Param("q") Query query,
            @Param("d") DrillQuery drill,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countProposals(@Param("q") Query query, @Param("d") DrillQuery drill);

    /** What {@code proposal_figures} must hold for the scope (one proposal with {@link Query#of}). */
    List<FigureRow> figureRows(@Param("q") Query query);

    /** What {@code proposal_unit_figures} must hold for the scope. */
    List<UnitFigureRow> unitFigureRows(@Param("q") Query query);
}
