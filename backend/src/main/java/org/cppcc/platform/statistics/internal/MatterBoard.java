package org.cppcc.platform.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cppcc.platform.consultation.MatterFigures;
import org.cppcc.platform.consultation.MatterFigures.MatterLine;
import org.cppcc.platform.consultation.MatterFigures.Period;
import org.cppcc.platform.consultation.MatterFigures.StationCounts;
import org.cppcc.platform.organisation.OrganisationNames;
import org.cppcc.platform.organisation.OrganisationNames.Station;
import org.cppcc.platform.organisation.WorkstationKind;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.stereotype.Service;

/**
 * Micro-consultation's board: every enabled workstation (stations and rooms) with its matters and duties in the
 * period, the subdistricts' sums, and coverage — the places with no duty or no matter in the period.
 */
@Service
class MatterBoard {

    private final MatterFigures figures;
    private final OrganisationNames names;

    MatterBoard(MatterFigures figures, OrganisationNames names) {
        this.figures = figures;
        this.names = names;
    }

    record Counts(
            long raised,
            long consulted,
            long decided,
            long done,
            long evaluations,
            long satisfied,
            long duties,
            Double satisfactionRate) {

        static Counts of(
                long raised, long consulted, long decided, long done, long evaluations, long satisfied, long duties) {
            return new Counts(
                    raised,
                    consulted,
                    decided,
                    done,
                    evaluations,
                    satisfied,
                    duties,
                    Rates.percent(satisfied, evaluations));
        }

        Counts plus(Counts o) {
            return of(
                    raised + o.raised,
                    consulted + o.consulted,
                    decided + o.decided,
                    done + o.done,
                    evaluations + o.evaluations,
                    satisfied + o.satisfied,
                    duties + o.duties);
        }
    }

    static final Counts NONE = Counts.of(0, 0, 0, 0, 0, 0, 0);

    record StationRow(
            long workstationId,
            String name,
            WorkstationKind kind,
            long subdistrictId,
            String subdistrictName,
            Counts counts,
            boolean noDuty,
            boolean noMatter) {}

    record SubdistrictRow(
            long subdistrictId,
            String name,
            int places,
            int placesWithoutDuty,
            int placesWithoutMatter,
            Counts counts) {}

    record Coverage(
            int places, int withoutDuty, int withoutMatter, Double dutyCoverageRate, Double matterCoverageRate) {}

    record Board(
            LocalDate from,
            LocalDate to,
            Counts totals,
            Coverage coverage,
            List<SubdistrictRow> subdistricts,
            List<StationRow> stations) {}

    Board board(LocalDate from, LocalDate to) {
        Period period = period(from, to);
        Map<Long, StationCounts> counts = figures.byWorkstation(period).stream()
                .collect(Collectors.toMap(StationCounts::workstationId, Function.identity()));
        List<StationRow> stations = new ArrayList<>();
        for (Station s : names.workstations()) {
            StationCounts c = counts.get(s.id());
            Counts row = c == null
                    ? NONE
                    : Counts.of(
                            c.raised(),
                            c.consulted(),
                            c.decided(),
                            c.done(),
                            c.evaluations(),
                            c.satisfied(),
                            c.duties());
            stations.add(new StationRow(
                    s.id(),
                    s.name(),
                    s.kind(),
                    s.subdistrictId(),
                    s.subdistrictName(),
                    row,
                    row.duties() == 0,
                    row.raised() == 0));
        }
        Map<Long, List<StationRow>> bySubdistrict = stations.stream()
                .collect(Collectors.groupingBy(StationRow::subdistrictId, LinkedHashMap::new, Collectors.toList()));
        List<SubdistrictRow> subdistricts = bySubdistrict.values().stream()
                .map(rows -> new SubdistrictRow(
                        rows.get(0).subdistrictId(),
                        rows.get(0).subdistrictName(),
                        rows.size(),
                        (int) rows.stream().filter(StationRow::noDuty).count(),
                        (int) rows.stream().filter(StationRow::noMatter).count(),
                        rows.stream().map(StationRow::counts).reduce(NONE, Counts::plus)))
                .toList();
        int withoutDuty = (int) stations.stream().filter(StationRow::noDuty).count();
        int withoutMatter = (int) stations.stream().filter(StationRow::noMatter).count();
        Coverage coverage = new Coverage(
                stations.size(),
                withoutDuty,
                withoutMatter,
                Rates.percent(stations.size() - withoutDuty, stations.size()),
                Rates.percent(stations.size() - withoutMatter, stations.size()));
        return new Board(
                from,
                to,
                stations.stream().map(StationRow::counts).reduce(NONE, Counts::plus),
                coverage,
                subdistricts,
                stations);
    }

    /** The matters behind a figure of one workstation, one subdistrict, or all. */
    PageResult<MatterLine> matters(
            LocalDate from,
            LocalDate to,
            MatterFigures.Figure figure,
            Long workstationId,
            Long subdistrictId,
            PageQuery page) {
        Period period = period(from, to);
        List<Long> stations = stations(figure, workstationId, subdistrictId);
        List<MatterLine> items = figures.matters(period, figure, stations, (int) page.offset(), page.sizeOrDefault());
        return page.result(items, figures.countMatters(period, figure, stations));
    }

    /** The whole list behind a figure, for the Excel export (refused above {@link XlsxExport#MAX_ROWS}). */
    List<MatterLine> allMatters(
            LocalDate from, LocalDate to, MatterFigures.Figure figure, Long workstationId, Long subdistrictId) {
        Period period = period(from, to);
        List<Long> stations = stations(figure, workstationId, subdistrictId);
        XlsxExport.checkSize(figures.countMatters(period, figure, stations));
        return figures.matters(period, figure, stations, 0, XlsxExport.MAX_ROWS);
    }

    /** Workstation ids to narrow to (null = all); checks the figure is given. */
    private List<Long> stations(MatterFigures.Figure figure, Long workstationId, Long subdistrictId) {
        if (figure == null) {
            throw ApiException.invalid("figure", "请指定统计项（figure）");
        }
        if (workstationId != null) {
            return List.of(workstationId);
        }
        if (subdistrictId != null) {
            return names.workstations().stream()
                    .filter(s -> s.subdistrictId() == subdistrictId)
                    .map(Station::id)
                    .toList();
        }
        return null;
    }

    private static Period period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "开始日期不能晚于结束日期");
        }
        return new Period(from, to);
    }
}
