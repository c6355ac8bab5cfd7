package org.cppcc.platform.proposal.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.proposal.CosignerStatus;
import org.cppcc.platform.proposal.ProposalState;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.proposal.events.ProposalFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the proposal's events in the command's transaction: Modulith stores one publication per listener
 * with the state change, and delivers them once it commits. The common facts are read here, after the change.
 */
@Component
class ProposalEventPublisher {

    private final ApplicationEventPublisher events;
    private final ProposalMapper proposals;
    private final HandlingState handling;
    private final Clock clock;

    ProposalEventPublisher(
            ApplicationEventPublisher events, ProposalMapper proposals, HandlingState handling, Clock clock) {
        this.events = events;
        this.proposals = proposals;
        this.handling = handling;
        this.clock = clock;
    }

    /** {@code actor} null: a deadline acted. {@code from}: the state before the change. */
    ProposalEvent publish(
            ProposalRow proposal,
            PlatformUser actor,
            Role role,
            ProposalState from,
            Function<ProposalFacts, ? extends ProposalEvent> event) {
        ProposalEvent published = event.apply(facts(proposal, actor, role, from));
        events.publishEvent(published);
        return published;
    }

    private ProposalFacts facts(ProposalRow proposal, PlatformUser actor, Role role, ProposalState from) {
        Set<Long> proposers = new LinkedHashSet<>();
        proposers.add(proposal.ownerAccountId);
        proposals.cosigners(proposal.id).stream()
                .filter(c -> c.status() == CosignerStatus.CONFIRMED || c.status() == CosignerStatus.MERGED)
                .filter(c -> c.accountId() != null)
                .forEach(c -> proposers.add(c.accountId()));
        List<Long> units = handling.current(proposal).stream()
                .map(a -> a.unitId)
                .distinct()
                .toList();
        return new ProposalFacts(
                UUID.randomUUID(),
                proposal.id,
                proposal.sessionId,
                proposal.proposalNumber,
                proposal.title,
                proposal.category,
                proposal.state,
                from == null ? proposal.state : from,
                proposal.handlingRound,
                proposal.keyProposal,
                proposal.ownerAccountId,
                List.copyOf(proposers),
                units,
                actor == null ? null : actor.id(),
                actor == null ? null : role,
                LocalDateTime.now(clock));
    }
}
