package org.cppcc.platform.organisation.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.account.PlatformUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every change of a session, a member, a workstation's liaisons or a place into the history, in the
 * changing transaction. The actor is the signed-in user; batch work without one (demo data) records none.
 */
@Component
class OrganisationHistory {

    enum Subject {
        SESSION,
        MEMBER,
        WORKSTATION,
        SUBDISTRICT,
        COMMUNITY,
        UNIT
    }

    private static final int MAX_DETAIL = 2000;

    private final HistoryMapper history;
    private final Clock clock;

    OrganisationHistory(HistoryMapper history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(Subject subject, long subjectId, String action, String detail) {
        PlatformUser actor = CurrentUser.find().orElse(null);
        String text = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        history.insert(
                subject.name(),
                subjectId,
                action,
                text,
                actor == null ? null : actor.id(),
                actor == null ? null : actor.displayName(),
                LocalDateTime.now(clock));
    }

    List<HistoryMapper.HistoryView> of(Subject subject, long subjectId) {
        return history.find(subject.name(), subjectId);
    }
}
