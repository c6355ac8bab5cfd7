package org.cppcc.platform.organisation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.cppcc.platform.calendar.Term;
import org.cppcc.platform.calendar.WorkingDays;
import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.SessionDeadlines;

/** A committee_session row; a deadline column left empty means the platform default. */
class SessionRow {
    public Long id;
    public int term;
    public int meeting;
    public String name;
    public LocalDate openedOn;
    public LocalDate cosignDeadline;
    public LocalDate plenaryStart;
    public LocalDate plenaryEnd;
    public LocalDate plenaryProposalsUntil;
    public Integer cosignWorkingDays;
    public Integer signOffWorkingDays;
    public Integer contactWorkingDays;
    public String replyTerm;
    public Integer evaluationWorkingDays;
    public Integer maxExtensionMonths;
    public boolean current;
    public LocalDateTime closedAt;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;

    CommitteeSession toSession(SessionDeadlines defaults) {
        SessionDeadlines deadlines = new SessionDeadlines(
                cosignWorkingDays == null ? defaults.cosign() : new WorkingDays(cosignWorkingDays),
                signOffWorkingDays == null ? defaults.signOff() : new WorkingDays(signOffWorkingDays),
                contactWorkingDays == null ? defaults.contact() : new WorkingDays(contactWorkingDays),
                replyTerm == null ? defaults.reply() : Term.valueOf(replyTerm),
                evaluationWorkingDays == null ? defaults.evaluation() : new WorkingDays(evaluationWorkingDays),
                maxExtensionMonths == null ? defaults.maxExtensionMonths() : maxExtensionMonths);
        return new CommitteeSession(
                id,
                term,
                meeting,
                name,
                openedOn,
                cosignDeadline,
                plenaryStart,
                plenaryEnd,
                plenaryProposalsUntil,
                current,
                closedAt,
                deadlines);
    }
}
