package org.cppcc.platform.appraisal.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.appraisal.internal.AppraisalRows.HistoryRow;
import org.springframework.stereotype.Component;

/** Writes who did what and when to the appraisal history, in the caller's transaction. */
@Component
class AppraisalHistory {

    static final String YEAR = "YEAR";
    static final String ROUND = "ROUND";

    private final AppraisalMapper store;
    private final Clock clock;

    AppraisalHistory(AppraisalMapper store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    void record(PlatformUser actor, String subject, long subjectId, String act, String detail) {
        HistoryRow row = new HistoryRow();
        row.subject = subject;
        row.subjectId = subjectId;
        row.act = act;
        row.detail = detail;
        row.actorId = actor.id();
        row.actorName = actor.displayName();
        row.occurredAt = now();
        store.insertHistory(row);
    }
}
