package org.cppcc.platform.organisation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.SessionDeadlines;

/** A session on the sessions screen: its dates, state and the deadlines in force for it. */
record SessionView(
        long id,
        int term,
        int meeting,
        String name,
        LocalDate openedOn,
        LocalDate plenaryStart,
        LocalDate plenaryEnd,
        LocalDate plenaryProposalsUntil,
        LocalDate cosignDeadline,
        int cosignWorkingDays,
        int signOffWorkingDays,
        int contactWorkingDays,
        String replyTerm,
        int evaluationWorkingDays,
        int maxExtensionMonths,
        String status,
        LocalDateTime closedAt) {

    static SessionView of(CommitteeSession s) {
        SessionDeadlines d = s.deadlines();
        String status = s.closed() ? "CLOSED" : s.accepting() ? "ACCEPTING" : "PREPARING";
        return new SessionView(
                s.id(),
                s.term(),
                s.meeting(),
                s.name(),
                s.openedOn(),
                s.plenaryStart(),
                s.plenaryEnd(),
                s.plenaryProposalsUntil(),
                s.cosignDeadline(),
                d.cosign().count(),
                d.signOff().count(),
                d.contact().count(),
                d.reply().iso(),
                d.evaluation().count(),
                d.maxExtensionMonths(),
                status,
                s.closedAt());
    }
}
