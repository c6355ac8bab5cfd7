package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

/** A proposal's kept figures: one row of {@code proposal_figures}, flags as 0/1 (docs/statistics.md). */
record FigureRow(
        long proposalId,
        long sessionId,
        Integer proposalNumber,
        LocalDateTime submittedAt,
        int submittedYear,
        String category,
        Long sectorId,
        Long leadMemberId,
        String committee,
        String state,
        int handlingRound,
        int registered,
        int replied,
        int contacted,
        int evaluated,
        int satisfied,
        int unsatisfied,
        String replyClass,
        int rehandled) {}
