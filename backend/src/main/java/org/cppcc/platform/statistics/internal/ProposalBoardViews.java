package org.cppcc.platform.statistics.internal;

import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.proposal.ProposalFigures.ProposalCounts;
import org.cppcc.platform.proposal.ProposalFigures.UnitCounts;
import org.cppcc.platform.proposal.UnitRole;

/** What the proposal board shows: counts per proposal and per unit kept apart, each with its rates. */
final class ProposalBoardViews {

    private ProposalBoardViews() {}

    record ScopeView(LocalDate from, LocalDate to, Long sessionId, Long unitId, String unitName) {}

    /** One group's per-proposal counts; {@code keyId}/{@code keyText} are what a drill-down passes back. */
    record Row(
            Long keyId,
            String keyText,
            String name,
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
            long rehandled,
            Double replyRate,
            Double satisfactionRate,
            Double contactRate,
            Double rehandlingRate) {

        static Row of(ProposalCounts c, String name) {
            return new Row(
                    c.keyId(),
                    c.keyText(),
                    name,
                    c.submitted(),
                    c.registered(),
                    c.refused(),
                    c.merged(),
                    c.converted(),
                    c.replied(),
                    c.contacted(),
                    c.evaluated(),
                    c.satisfied(),
                    c.classA(),
                    c.classB(),
                    c.classC(),
                    c.rehandled(),
                    Rates.percent(c.replied(), c.registered()),
                    Rates.percent(c.satisfied(), c.evaluated()),
                    Rates.percent(c.contacted(), c.registered()),
                    Rates.percent(c.rehandled(), c.replied()));
        }
    }

    /** One unit's part (lead, assisting or split) over the proposals assigned to it. */
    record UnitRow(
            long unitId,
            String unitName,
            UnitRole role,
            String roleLabel,
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
            long rehandled,
            Double signOnTimeRate,
            Double contactRate,
            Double contactOnTimeRate,
            Double replyRate,
            Double replyOnTimeRate,
            Double satisfactionRate,
            Double rehandlingRate) {

        static UnitRow of(UnitCounts c, String unitName) {
            return new UnitRow(
                    c.unitId(),
                    unitName,
                    c.role(),
                    roleLabel(c.role()),
                    c.assigned(),
                    c.signed(),
                    c.signedOnTime(),
                    c.contacted(),
                    c.contactedOnTime(),
                    c.replied(),
                    c.repliedOnTime(),
                    c.classA(),
                    c.classB(),
                    c.classC(),
                    c.evaluated(),
                    c.satisfied(),
                    c.rehandled(),
                    Rates.percent(c.signedOnTime(), c.signed()),
                    Rates.percent(c.contacted(), c.assigned()),
                    Rates.percent(c.contactedOnTime(), c.contacted()),
                    Rates.percent(c.replied(), c.assigned()),
                    Rates.percent(c.repliedOnTime(), c.replied()),
                    Rates.percent(c.satisfied(), c.evaluated()),
                    Rates.percent(c.rehandled(), c.replied()));
        }

        private static String roleLabel(UnitRole role) {
            return switch (role) {
                case LEAD -> "主办";
                case ASSISTING -> "会办";
                case SPLIT -> "分办";
            };
        }
    }

    record Board(
            ScopeView scope,
            Row totals,
            List<Row> categories,
            List<Row> sectors,
            List<Row> sessions,
            List<Row> committees,
            List<Row> members,
            List<Row> years,
            List<UnitRow> units) {}

    /** The public site's board: registered proposals only, no units, no refusals. */
    record PublicRow(
            Long keyId,
            String keyText,
            String name,
            long registered,
            long replied,
            long evaluated,
            long satisfied,
            Double replyRate,
            Double satisfactionRate) {

        static PublicRow of(Row r) {
            return new PublicRow(
                    r.keyId(),
                    r.keyText(),
                    r.name(),
                    r.registered(),
                    r.replied(),
                    r.evaluated(),
                    r.satisfied(),
                    r.replyRate(),
                    r.satisfactionRate());
        }
    }

    record PublicBoard(Long sessionId, PublicRow totals, List<PublicRow> categories, List<PublicRow> years) {}
}
