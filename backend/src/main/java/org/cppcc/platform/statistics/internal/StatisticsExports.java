package org.cppcc.platform.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.consultation.MatterFigures;
import org.cppcc.platform.consultation.MatterFigures.MatterLine;
import org.cppcc.platform.proposal.ProposalFigures;
import org.cppcc.platform.proposal.ProposalFigures.Drill;
import org.cppcc.platform.proposal.ProposalFigures.ProposalLine;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.shared.export.XlsxExport;
import org.cppcc.platform.shared.export.XlsxTable;
import org.cppcc.platform.statistics.internal.MatterBoard.StationRow;
import org.cppcc.platform.statistics.internal.MatterBoard.SubdistrictRow;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.Board;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.Row;
import org.cppcc.platform.statistics.internal.ProposalBoardViews.UnitRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The boards and their drill-down lists as .xlsx, with the screen's filters and the screen's authorisation (they
 * call the same {@link StatisticsBoard} / {@link MatterBoard} methods): one sheet per table of the board.
 */
@RestController
class StatisticsExports {

    private final StatisticsBoard proposals;
    private final MatterBoard matters;

    StatisticsExports(StatisticsBoard proposals, MatterBoard matters) {
        this.proposals = proposals;
        this.matters = matters;
    }

    @GetMapping("/api/statistics/proposals/export")
    void proposalBoard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) Long unitId,
            HttpServletResponse response) {
        Board board = proposals.board(CurrentUser.require(), new StatisticsBoard.Filters(from, to, sessionId, unitId));
        List<XlsxTable<?>> sheets = new ArrayList<>();
        sheets.add(rows("合计", "范围", List.of(board.totals())));
        sheets.add(rows("按类别", "类别", board.categories()));
        sheets.add(rows("按界别", "界别", board.sectors()));
        sheets.add(rows("按届次", "届次", board.sessions()));
        sheets.add(rows("按专委会", "专委会", board.committees()));
        sheets.add(rows("按委员", "委员", board.members()));
        sheets.add(rows("按年度", "年度", board.years()));
        sheets.add(XlsxTable.of("按承办单位", board.units())
                .text("承办单位", UnitRow::unitName)
                .text("承办方式", UnitRow::roleLabel)
                .integer("承办", UnitRow::assigned)
                .integer("签收", UnitRow::signed)
                .integer("按时签收", UnitRow::signedOnTime)
                .decimal("按时签收率(%)", UnitRow::signOnTimeRate)
                .integer("已沟通", UnitRow::contacted)
                .decimal("沟通率(%)", UnitRow::contactRate)
                .integer("按时沟通", UnitRow::contactedOnTime)
                .decimal("按时沟通率(%)", UnitRow::contactOnTimeRate)
                .integer("已答复", UnitRow::replied)
                .decimal("办复率(%)", UnitRow::replyRate)
                .integer("按时答复", UnitRow::repliedOnTime)
                .decimal("按时答复率(%)", UnitRow::replyOnTimeRate)
                .integer("A类", UnitRow::classA)
                .integer("B类", UnitRow::classB)
                .integer("C类", UnitRow::classC)
                .integer("已评价", UnitRow::evaluated)
                .integer("满意", UnitRow::satisfied)
                .decimal("满意率(%)", UnitRow::satisfactionRate)
                .integer("重新办理", UnitRow::rehandled)
                .decimal("重新办理率(%)", UnitRow::rehandlingRate));
        String unit = board.scope().unitName() == null ? "" : board.scope().unitName();
        XlsxExport.send(response, unit + "提案统计.xlsx", sheets);
    }

    @GetMapping("/api/statistics/proposals/list/export")
    void proposalList(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) ProposalFigures.Figure figure,
            @RequestParam(required = false) ProposalFigures.Dimension dimension,
            @RequestParam(required = false) Long keyId,
            @RequestParam(required = false) String keyText,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) UnitRole role,
            HttpServletResponse response) {
        List<ProposalLine> lines = proposals.allProposals(
                CurrentUser.require(),
                new StatisticsBoard.Filters(from, to, sessionId, null),
                new Drill(figure, dimension, keyId, keyText, unitId, role));
        Map<String, String> categories = proposals.categories();
        XlsxExport.send(
                response,
                "提案统计明细.xlsx",
                List.of(XlsxTable.of("提案", lines)
                        .integer("提案号", ProposalLine::number)
                        .text("标题", ProposalLine::title)
                        .text("类别", l -> categories.getOrDefault(l.category(), l.category()))
                        .text("状态", l -> l.state().label())
                        .date("提交日期", ProposalLine::submittedOn)
                        .integer("办理轮次", ProposalLine::handlingRound)));
    }

    @GetMapping("/api/statistics/matters/export")
    void matterBoard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) {
        MatterBoard.Board board = matters.board(from, to);
        XlsxExport.send(
                response,
                "微协商统计.xlsx",
                List.of(
                        XlsxTable.of("按街道", board.subdistricts())
                                .text("街道", SubdistrictRow::name)
                                .integer("站室数", SubdistrictRow::places)
                                .integer("无值班站室", SubdistrictRow::placesWithoutDuty)
                                .integer("无事项站室", SubdistrictRow::placesWithoutMatter)
                                .integer("提事", r -> r.counts().raised())
                                .integer("协商", r -> r.counts().consulted())
                                .integer("定事", r -> r.counts().decided())
                                .integer("办结", r -> r.counts().done())
                                .integer("评价", r -> r.counts().evaluations())
                                .integer("满意", r -> r.counts().satisfied())
                                .decimal("满意率(%)", r -> r.counts().satisfactionRate())
                                .integer("值班", r -> r.counts().duties()),
                        XlsxTable.of("按站室", board.stations())
                                .text("工作站(室)", StationRow::name)
                                .text("街道", StationRow::subdistrictName)
                                .integer("提事", r -> r.counts().raised())
                                .integer("协商", r -> r.counts().consulted())
                                .integer("定事", r -> r.counts().decided())
                                .integer("办结", r -> r.counts().done())
                                .integer("评价", r -> r.counts().evaluations())
                                .integer("满意", r -> r.counts().satisfied())
                                .decimal("满意率(%)", r -> r.counts().satisfactionRate())
                                .integer("值班", r -> r.counts().duties())
                                .text("无值班", r -> r.noDuty() ? "是" : "否")
                                .text("无事项", r -> r.noMatter() ? "是" : "否")));
    }

    @GetMapping("/api/statistics/matters/list/export")
    void matterList(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MatterFigures.Figure figure,
            @RequestParam(required = false) Long workstationId,
            @RequestParam(required = false) Long subdistrictId,
            HttpServletResponse response) {
        List<MatterLine> lines = matters.allMatters(from, to, figure, workstationId, subdistrictId);
        XlsxExport.send(
                response,
                "微协商统计明细.xlsx",
                List.of(XlsxTable.of("事项", lines)
                        .text("查询码", MatterLine::trackingCode)
                        .text("事项", MatterLine::title)
                        .text("状态", l -> l.state().label())
                        .date("提出日期", MatterLine::raisedOn)));
    }

    private static XlsxTable<Row> rows(String sheet, String key, List<Row> rows) {
        return XlsxTable.of(sheet, rows)
                .text(key, Row::name)
                .integer("提交", Row::submitted)
                .integer("立案", Row::registered)
                .integer("不予立案", Row::refused)
                .integer("并案", Row::merged)
                .integer("转办", Row::converted)
                .integer("已答复", Row::replied)
                .decimal("办复率(%)", Row::replyRate)
                .integer("已沟通", Row::contacted)
                .decimal("沟通率(%)", Row::contactRate)
                .integer("已评价", Row::evaluated)
                .integer("满意", Row::satisfied)
                .decimal("满意率(%)", Row::satisfactionRate)
                .integer("A类", Row::classA)
                .integer("B类", Row::classB)
                .integer("C类", Row::classC)
                .integer("重新办理", Row::rehandled)
                .decimal("重新办理率(%)", Row::rehandlingRate);
    }
}
