package org.cppcc.platform.proposal.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalState;
import org.springframework.stereotype.Component;

/** Writes the history: every state change and every act on a proposal, with who, in which role and when. */
@Component
class ProposalHistory {

    static final String SYSTEM = "系统";

    private final ProposalMapper proposals;
    private final Clock clock;
    private final FiguresKeeper figures;

    ProposalHistory(ProposalMapper proposals, Clock clock, FiguresKeeper figures) {
        this.proposals = proposals;
        this.clock = clock;
        this.figures = figures;
    }

    void record(
            long proposalId,
            PlatformUser actor,
            Role role,
            HistoryAction action,
            ProposalState from,
            ProposalState to,
            Long assignmentId,
            String comment) {
        // Every act that can move a statistics figure is written here: the figures follow before the commit.
        figures.changed(proposalId);
        proposals.insertHistory(
                proposalId,
                actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.displayName(),
                role == null ? null : role.name(),
                null,
                action.name(),
                from,
                to,
                assignmentId,
                comment,
                LocalDateTime.now(clock));
    }

    /** An act done for someone else, such as a paper feedback form entered by the office. */
    void recordOnBehalf(
            long proposalId,
            PlatformUser actor,
            Role role,
            String onBehalfOf,
            HistoryAction action,
            ProposalState from,
            ProposalState to,
            String comment) {
        figures.changed(proposalId);
        proposals.insertHistory(
                proposalId,
                actor.id(),
                actor.displayName(),
                role.name(),
                onBehalfOf,
                action.name(),
                from,
                to,
                null,
                comment,
                LocalDateTime.now(clock));
    }
}
