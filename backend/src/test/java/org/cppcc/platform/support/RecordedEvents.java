package org.cppcc.platform.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.cppcc.platform.appraisal.events.ProposalAwarded;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.opinion.events.OpinionReportEvent;
import org.cppcc.platform.proposal.events.ProposalEvent;
import org.cppcc.platform.supervision.events.SupervisionEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Every domain event the application published while the tests ran, in order, whether or not its transaction
 * committed: a plain listener hears each at the moment it is published. Tests pick theirs by id.
 */
@TestComponent
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void proposal(ProposalEvent event) {
        events.add(event);
    }

    @EventListener
    void matter(MatterEvent event) {
        events.add(event);
    }

    @EventListener
    void supervision(SupervisionEvent event) {
        events.add(event);
    }

    @EventListener
    void award(ProposalAwarded event) {
        events.add(event);
    }

    @EventListener
    void opinion(OpinionReportEvent event) {
        events.add(event);
    }

    /** The events of one proposal, oldest first. */
    public List<ProposalEvent> ofProposal(long proposalId) {
        return all(ProposalEvent.class, e -> e.facts().proposalId() == proposalId);
    }

    /** The events of one matter, oldest first. */
    public List<MatterEvent> ofMatter(long matterId) {
        return all(MatterEvent.class, e -> e.facts().matterId() == matterId);
    }

    public <T> List<T> all(Class<T> type, Predicate<? super T> filter) {
        return events.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(filter)
                .toList();
    }

    /** The one event of {@code type} among {@code events}; fails when there is none or more. */
    public static <T> T only(List<?> events, Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but found " + found.size() + " in "
                    + events.stream().map(e -> e.getClass().getSimpleName()).toList());
        }
        return found.get(0);
    }
}
