package org.cppcc.platform.proposal.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.cppcc.platform.proposal.ProposalFigures.ProposalCounts;
import org.cppcc.platform.proposal.ProposalFigures.ProposalLine;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.proposal.internal.FiguresMapper.DrillQuery;
import org.cppcc.platform.proposal.internal.FiguresMapper.Query;

/**
 * The kept figures ({@code proposal_figures}, {@code proposal_unit_figures}): written by {@link FiguresKeeper}, read
 * by the board with the same statements and results as the on-read reference {@link FiguresMapper}.
 */
@Mapper
interface FiguresModelMapper {

    ProposalCounts totals(@Param("q") Query query);

    List<ProposalCounts> by(@Param("q") Query query, @Param("dimension") String dimension);

    List<UnitCounts> byUnit(@Param("q") Query query);

    List<ProposalLine> proposals(
            @Param("q") Query query,
            @Param("d") DrillQuery drill,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long countProposals(@Param("q") Query query, @Param("d") DrillQuery drill);

    int updateRow(FigureRow row);

    void insertRow(FigureRow row);

    void deleteRow(@Param("proposalId") long proposalId);

    List<Long> unitAssignmentIds(@Param("proposalId") long proposalId);

    int updateUnitRow(UnitFigureRow row);

    void insertUnitRow(UnitFigureRow row);

    void deleteUnitRow(@Param("assignmentId") long assignmentId);

    /** Every kept row, for the tests that compare them with the reference. */
    List<FigureRow> allRows();

    List<UnitFigureRow> allUnitRows();

    List<Long> submittedProposalIds();
}
