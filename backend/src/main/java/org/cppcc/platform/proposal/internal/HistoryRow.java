package org.cppcc.platform.proposal.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.proposal.ProposalState;

/** One step of a proposal's history, as the timeline shows it. */
public record HistoryRow(
        long id,
        Long actorAccountId,
        String actorName,
        String actorRole,
        String onBehalfOf,
        String action,
        ProposalState fromState,
        ProposalState toState,
        Long assignmentId,
        String comment,
        LocalDateTime createdAt) {}
