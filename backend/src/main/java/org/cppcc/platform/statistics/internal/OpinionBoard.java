package org.cppcc.platform.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.opinion.OpinionFigures;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Service;

/**
 * The 社情民意 section of the board, composed from {@link OpinionFigures}: a year's totals with the adoption rate,
 * each sector, and the members with the most reports (the full list per member is the duty record's business).
 */
@Service
class OpinionBoard {

    static final int TOP_MEMBERS = 20;

    private final OpinionFigures figures;
    private final Clock clock;

    OpinionBoard(OpinionFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    record Board(
            int year,
            OpinionFigures.Counts totals,
            Double adoptionRate,
            List<OpinionFigures.SectorCounts> sectors,
            List<OpinionFigures.MemberCounts> members) {}

    Board board(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw ApiException.invalid("year", "年度不正确");
        }
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        OpinionFigures.Counts totals = figures.totals(y);
        return new Board(
                y,
                totals,
                Rates.percent(totals.adopted(), totals.submitted()),
                figures.bySector(y),
                figures.byMember(y).stream().limit(TOP_MEMBERS).toList());
    }
}
