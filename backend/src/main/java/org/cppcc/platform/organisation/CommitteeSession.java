package org.cppcc.platform.organisation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A session is a term and a meeting of it, e.g. 五届三次. {@code accepting}: the one session that takes new
 * proposals; {@code plenaryProposalsUntil}: the last day a new proposal may be a 大会提案 (later ones are 平时提案).
 */
public record CommitteeSession(
        long id,
        int term,
        int meeting,
        String name,
        LocalDate openedOn,
        LocalDate cosignDeadline,
        LocalDate plenaryStart,
        LocalDate plenaryEnd,
        LocalDate plenaryProposalsUntil,
        boolean accepting,
        LocalDateTime closedAt,
        SessionDeadlines deadlines) {

    public boolean closed() {
        return closedAt != null;
    }

    /** Whether a proposal drafted on {@code day} may still be a 大会提案. */
    public boolean takesPlenaryProposalsOn(LocalDate day) {
        return plenaryProposalsUntil == null || !day.isAfter(plenaryProposalsUntil);
    }
}
