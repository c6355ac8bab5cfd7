package org.cppcc.platform.proposal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.stereotype.Component;

/** What every proposal command does: lock the proposal, move its state, write the history, publish the event. */
@Component
class CommandSupport {

    final ProposalMapper proposals;
    final ProposalWorkflow workflow;
    final ProposalHistory history;
    final ProposalAccess access;
    final ProposalEventPublisher events;
    final Clock clock;

    CommandSupport(
            ProposalMapper proposals,
            ProposalWorkflow workflow,
            ProposalHistory history,
            ProposalAccess access,
            ProposalEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.workflow = workflow;
        this.history = history;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Locks a proposal the actor may see; others get 404 as if it did not exist. */
    ProposalRow lockVisible(PlatformUser actor, long proposalId) {
        ProposalRow proposal = proposals.lock(proposalId);
        if (proposal == null || !access.canView(actor, proposal)) {
            throw ApiException.notFound("提案");
        }
        return proposal;
    }

    /** The acting unit's own assignment; another unit's looks as if it did not exist. */
    AssignmentRow unitAssignment(PlatformUser unit, long assignmentId) {
        ProposalAccess.requireRole(unit, Role.HANDLING_UNIT);
        AssignmentRow assignment = proposals.findAssignment(assignmentId);
        if (assignment == null || unit.unitId() == null || assignment.unitId != unit.unitId()) {
            throw ApiException.notFound("交办记录");
        }
        return assignment;
    }

    /** Moves the state, or refuses with 409 when it is no longer {@code from}. */
    void move(ProposalRow proposal, ProposalState from, ProposalState to) {
        if (proposals.transition(proposal.id, from, to, now()) != 1) {
            throw ProposalAccess.stateConflict(proposal.state);
        }
        proposal.state = to;
    }

    void record(
            ProposalRow proposal,
            PlatformUser actor,
            Role role,
            HistoryAction action,
            ProposalState from,
            Long assignmentId,
            String comment) {
        history.record(proposal.id, actor, role, action, from, proposal.state, assignmentId, comment);
    }

    /** Publishes the step's event with the proposal's facts as they are now; {@code from} is the state before. */
    void publish(
            ProposalRow proposal,
            PlatformUser actor,
            Role role,
            ProposalState from,
            Function<ProposalFacts, ? extends ProposalEvent> event) {
        events.publish(proposal, actor, role, from, event);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
