package org.cppcc.platform.supervision.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.AssignmentStatus;
import org.cppcc.platform.proposal.ProposalBrief;
import org.cppcc.platform.proposal.ProposalSupervision;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.cppcc.platform.supervision.events.SupervisionFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes supervision's events in the act's transaction, with the proposal as it stands now. */
@Component
class SupervisionEventPublisher {

    private final ApplicationEventPublisher events;
    private final ProposalSupervision proposals;
    private final Clock clock;

    SupervisionEventPublisher(ApplicationEventPublisher events, ProposalSupervision proposals, Clock clock) {
        this.events = events;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** {@code actor} null: the reminder scan. */
    void publish(
            long proposalId,
            PlatformUser actor,
            Role role,
            Function<SupervisionFacts, ? extends SupervisionEvent> event) {
        ProposalBrief proposal = proposals.brief(proposalId).orElseThrow();
        List<Long> units = proposal.units().stream()
                .filter(u -> u.status() != AssignmentStatus.RETURNED)
                .map(ProposalBrief.UnitPart::unitId)
                .distinct()
                .toList();
        events.publishEvent(event.apply(new SupervisionFacts(
                UUID.randomUUID(),
                proposal.id(),
                proposal.number(),
                proposal.title(),
                units,
                actor == null ? null : actor.id(),
                actor == null ? null : role,
                LocalDateTime.now(clock))));
    }
}
