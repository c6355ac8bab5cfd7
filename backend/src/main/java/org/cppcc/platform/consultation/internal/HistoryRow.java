package org.cppcc.platform.consultation.internal;

import java.time.LocalDateTime;

import org.cppcc.platform.consultation.MatterState;

/** A row of consultation_history. */
public record HistoryRow(
        long id,
        Long actorAccountId,
        String actorName,
        String actorRole,
        String action,
        MatterState fromState,
        MatterState toState,
        String comment,
        LocalDateTime createdAt) {}
