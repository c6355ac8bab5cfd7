package org.cppcc.platform.statistics.internal;

import java.time.LocalDate;
import jakarta.validation.Valid;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.consultation.MatterFigures;
import org.cppcc.platform.consultation.MatterFigures.MatterLine;
import org.cppcc.platform.proposal.ProposalFigures;
import org.cppcc.platform.proposal.ProposalFigures.Drill;
import org.cppcc.platform.proposal.ProposalFigures.ProposalLine;
import org.cppcc.platform.proposal.UnitRole;
import org.cppcc.platform.shared.web.PageQuery;
import org.cppcc.platform.shared.web.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The statistics board: proposal figures (office, leaders, a unit its own), micro-consultation, the public board. */
@RestController
class StatisticsController {

    private final StatisticsBoard proposals;
    private final MatterBoard matters;

    StatisticsController(StatisticsBoard proposals, MatterBoard matters) {
        this.proposals = proposals;
        this.matters = matters;
    }

    @GetMapping("/api/statistics/proposals")
    ProposalBoardViews.Board proposalBoard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) Long unitId) {
        return proposals.board(CurrentUser.require(), new StatisticsBoard.Filters(from, to, sessionId, unitId));
    }

    @GetMapping("/api/statistics/proposals/list")
    PageResult<ProposalLine> proposalList(
            @Valid PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) ProposalFigures.Figure figure,
            @RequestParam(required = false) ProposalFigures.Dimension dimension,
            @RequestParam(required = false) Long keyId,
            @RequestParam(required = false) String keyText,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) UnitRole role) {
        return proposals.proposals(
                CurrentUser.require(),
                new StatisticsBoard.Filters(from, to, sessionId, null),
                new Drill(figure, dimension, keyId, keyText, unitId, role),
                page);
    }

    @GetMapping("/api/statistics/matters")
    MatterBoard.Board matterBoard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return matters.board(from, to);
    }

    @GetMapping("/api/statistics/matters/list")
    PageResult<MatterLine> matterList(
            @Valid PageQuery page,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MatterFigures.Figure figure,
            @RequestParam(required = false) Long workstationId,
            @RequestParam(required = false) Long subdistrictId) {
        return matters.matters(from, to, figure, workstationId, subdistrictId, page);
    }

    @GetMapping("/api/public/statistics/proposals")
    ProposalBoardViews.PublicBoard publicBoard(@RequestParam(required = false) Long sessionId) {
        return proposals.publicBoard(sessionId);
    }
}
