package org.cppcc.platform.statistics.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.OrganisationNames;
import org.cppcc.platform.proposal.ProposalFigures;
import org.cppcc.platform.proposal.ProposalFigures.Dimension;
import org.cppcc.platform.proposal.ProposalFigures.Drill;
import org.cppcc.platform.proposal.ProposalFigures.ProposalCounts;
import org.cppcc.platform.proposal.ProposalFigures.ProposalLine;
import org.cppcc.platform.proposal.ProposalFigures.Scope;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.Board;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.PublicBoard;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.PublicRow;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.Row;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.ScopeView;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.UnitRow;
import org.springframework.stereotype.Service;

/**
 * The proposal board: who sees what (a unit its own assignments only), the figures of the proposal module named
 * through the organisation module (one query per kind of name), and the list behind every figure.
 */
@Service
class StatisticsBoard {

    /** Members are many: the board lists those with the most proposals; the rest stay reachable by drill-down. */
    static final int MEMBER_ROWS = 50;

    private final ProposalFigures figures;
    private final OrganisationNames names;
    private final OrganisationDirectory directory;

    StatisticsBoard(ProposalFigures figures, OrganisationNames names, OrganisationDirectory directory) {
        this.figures = figures;
        this.names = names;
        this.directory = directory;
    }

    /** The filters of a screen, as given: a unit's own scope is applied by {@link #scope}. */
    record Filters(LocalDate from, LocalDate to, Long sessionId, Long unitId) {}

    Board board(PlatformUser viewer, Filters filters) {
        Scope scope = scope(viewer, filters);
        Map<String, String> categories = categories();
        List<ProposalCounts> sectors = figures.by(scope, Dimension.SECTOR);
        List<ProposalCounts> sessions = figures.by(scope, Dimension.SESSION);
        List<ProposalCounts> members = figures.by(scope, Dimension.MEMBER).stream()
                .sorted(Comparator.comparingLong(ProposalCounts::submitted).reversed())
                .limit(MEMBER_ROWS)
                .toList();
        List<UnitCounts> units = figures.byUnit(scope);
        Map<Long, String> sectorNames = names.sectors(ids(sectors));
        Map<Long, String> sessionNames = names.sessions(ids(sessions));
        Map<Long, String> memberNames = names.members(ids(members));
        Map<Long, String> unitNames =
                names.units(units.stream().map(UnitCounts::unitId).toList());
        return new Board(
                new ScopeView(
                        scope.from(),
                        scope.to(),
                        scope.sessionId(),
                        scope.unitId(),
                        scope.unitId() == null
                                ? null
                                : names.units(List.of(scope.unitId())).get(scope.unitId())),
                Row.of(figures.totals(scope), "合计"),
                rows(figures.by(scope, Dimension.CATEGORY), c -> categories.getOrDefault(c.keyText(), c.keyText())),
                rows(sectors, c -> sectorNames.get(c.keyId())),
                rows(sessions, c -> sessionNames.get(c.keyId())),
                rows(figures.by(scope, Dimension.COMMITTEE), ProposalCounts::keyText),
                rows(members, c -> memberNames.get(c.keyId())),
                rows(figures.by(scope, Dimension.YEAR), c -> c.keyId() + "年"),
                units.stream()
                        .map(u -> UnitRow.of(u, unitNames.get(u.unitId())))
                        .toList());
    }

    /** The proposals behind one figure of the board, with the same filters. */
    PageResult<ProposalLine> proposals(PlatformUser viewer, Filters filters, Drill drill, PageQuery page) {
        Scope scope = drillScope(viewer, filters, drill);
        int size = page.sizeOrDefault();
        List<ProposalLine> items = figures.proposals(scope, drill, (int) page.offset(), size);
        return page.result(items, figures.countProposals(scope, drill));
    }

    /** The whole list behind one figure, for the Excel export (refused above {@link XlsxExport#MAX_ROWS}). */
    List<ProposalLine> allProposals(PlatformUser viewer, Filters filters, Drill drill) {
        Scope scope = drillScope(viewer, filters, drill);
        XlsxExport.checkSize(figures.countProposals(scope, drill));
        return figures.proposals(scope, drill, 0, XlsxExport.MAX_ROWS);
    }

    /** The category codes' labels. */
    Map<String, String> categories() {
        return directory.dictionary("PROPOSAL_CATEGORY").stream()
                .collect(Collectors.toMap(
                        OrganisationDirectory.DictionaryEntry::code, OrganisationDirectory.DictionaryEntry::label));
    }

    private Scope drillScope(PlatformUser viewer, Filters filters, Drill drill) {
        Scope scope = scope(viewer, filters);
        if (drill.figure() == null) {
            throw ApiException.invalid("figure", "请指定统计项（figure）");
        }
        if (drill.figure().ofUnit() && (drill.unitId() == null || drill.role() == null)) {
            throw ApiException.invalid("unitId", "承办单位的统计项需要指定承办单位（unitId）和承办方式（role）");
        }
        if (drill.unitId() != null && drill.role() == null) {
            throw ApiException.invalid("role", "请指定承办方式（role）");
        }
        if (drill.dimension() != null && drill.keyId() == null && drill.keyText() == null) {
            throw ApiException.invalid("keyId", "按维度查看时需要指定分组（keyId 或 keyText）");
        }
        if (scope.unitId() != null && drill.unitId() != null && !scope.unitId().equals(drill.unitId())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "承办单位只能查看本单位的统计");
        }
        return scope;
    }

    PublicBoard publicBoard(Long sessionId) {
        Scope scope = new Scope(null, null, sessionId, null);
        Map<String, String> categories = categories();
        return new PublicBoard(
                sessionId,
                PublicRow.of(Row.of(figures.totals(scope), "合计")),
                publicRows(rows(
                        figures.by(scope, Dimension.CATEGORY), c -> categories.getOrDefault(c.keyText(), c.keyText()))),
                publicRows(rows(figures.by(scope, Dimension.YEAR), c -> c.keyId() + "年")));
    }

    /**
     * The office and leaders see every unit's figures, or one unit's when they ask; a unit user always sees its own,
     * and asking for another unit is refused rather than quietly answered with its own.
     */
    Scope scope(PlatformUser viewer, Filters filters) {
        if (filters.from() != null && filters.to() != null && filters.from().isAfter(filters.to())) {
            throw ApiException.invalid("from", "开始日期不能晚于结束日期");
        }
        Long unitId = filters.unitId();
        boolean seesAll = viewer.has(Role.PROPOSAL_OFFICE) || viewer.has(Role.LEADER);
        if (!seesAll) {
            if (!viewer.has(Role.HANDLING_UNIT) || viewer.unitId() == null) {
                throw new ApiException(ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.defaultMessage());
            }
            if (unitId != null && !unitId.equals(viewer.unitId())) {
                throw new ApiException(ErrorCode.FORBIDDEN, "承办单位只能查看本单位的统计");
            }
            unitId = viewer.unitId();
        }
        return new Scope(filters.from(), filters.to(), filters.sessionId(), unitId);
    }

    private static List<Long> ids(Collection<ProposalCounts> counts) {
        return counts.stream().map(ProposalCounts::keyId).toList();
    }

    private static List<Row> rows(List<ProposalCounts> counts, Function<ProposalCounts, String> name) {
        return counts.stream().map(c -> Row.of(c, name.apply(c))).toList();
    }

    private static List<PublicRow> publicRows(List<Row> rows) {
        return rows.stream().filter(r -> r.registered() > 0).map(PublicRow::of).toList();
    }
}
