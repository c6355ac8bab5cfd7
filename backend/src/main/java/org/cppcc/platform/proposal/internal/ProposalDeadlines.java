package org.cppcc.platform.proposal.internal;

import org.cppcc.platform.organisation.CommitteeSession;
import org.cppcc.platform.organisation.OrganisationDirectory;
import org.cppcc.platform.organisation.SessionDeadlines;
import org.springframework.stereotype.Component;

/**
 * The deadlines a proposal runs under are its session's (set on the sessions screen); the platform defaults
 * (application.yml) stand in only for a session the directory no longer knows.
 */
@Component
class ProposalDeadlines {

    private final OrganisationDirectory directory;
    private final SessionDeadlines defaults;

    ProposalDeadlines(OrganisationDirectory directory, SessionDeadlines defaults) {
        this.directory = directory;
        this.defaults = defaults;
    }

    SessionDeadlines of(long sessionId) {
        return directory.session(sessionId).map(CommitteeSession::deadlines).orElse(defaults);
    }

    SessionDeadlines of(ProposalRow proposal) {
        return of(proposal.sessionId);
    }
}
