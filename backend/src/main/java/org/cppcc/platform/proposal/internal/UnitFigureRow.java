package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

/** A unit's part in a registered proposal, as the board counts it: one row of {@code proposal_unit_figures}. */
record UnitFigureRow(
        long assignmentId,
        long proposalId,
        long unitId,
        String unitRole,
        long sessionId,
        LocalDateTime submittedAt,
        int signed,
        int signedOnTime,
        int contacted,
        int contactedOnTime,
        int replied,
        int repliedOnTime,
        int repliedLate,
        String replyClass,
        int evaluated,
        int satisfied,
        int rehandled) {}
