package org.cppcc.platform.statistics.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The board's 社情民意 section (office and leaders, like the micro-consultation figures). */
@RestController
class OpinionStatisticsController {

    private final OpinionBoard board;

    OpinionStatisticsController(OpinionBoard board) {
        this.board = board;
    }

    @GetMapping("/api/statistics/opinions")
    OpinionBoard.Board opinionBoard(@RequestParam(required = false) Integer year) {
        return board.board(year);
    }
}
