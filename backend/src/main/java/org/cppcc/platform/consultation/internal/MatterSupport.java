package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Function;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.consultation.events.MatterEvent;
import org.cppcc.platform.consultation.events.MatterFacts;
import org.cppcc.platform.shared.error.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What every matter command does: lock the matter, move its state, write the history, publish the event. */
@Component
class MatterSupport {

    /** How a resident without an account appears in the history. */
    static final String RESIDENT = "群众";

    static final String SYSTEM = "系统";

    final ConsultationMapper mapper;
    final ConsultationWorkflow workflow;
    final ConsultationAccess access;
    final Clock clock;
    private final ApplicationEventPublisher events;

    MatterSupport(
            ConsultationMapper mapper,
            ConsultationWorkflow workflow,
            ConsultationAccess access,
            Clock clock,
            ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.workflow = workflow;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    MatterRow lock(long matterId) {
        MatterRow matter = mapper.lockMatter(matterId);
        if (matter == null) {
            throw ApiException.notFound("事项");
        }
        return matter;
    }

    /** Moves the state, or refuses with 409 when it is no longer {@code from}. */
    void move(MatterRow matter, MatterState from, MatterState to) {
        if (mapper.transition(matter.id, from, to, now()) != 1) {
            throw ConsultationAccess.stateConflict(matter.state);
        }
        matter.state = to;
    }

    void record(
            MatterRow matter, PlatformUser actor, Role role, HistoryAction action, MatterState from, String comment) {
        record(matter.id, actor, role, action, from, matter.state, comment);
    }

    void record(
            long matterId,
            PlatformUser actor,
            Role role,
            HistoryAction action,
            MatterState from,
            MatterState to,
            String comment) {
        String name = actor == null ? (role == Role.RESIDENT ? RESIDENT : SYSTEM) : actor.displayName();
        mapper.insertHistory(
                matterId,
                actor == null ? null : actor.id(),
                name,
                role == null ? null : role.name(),
                action.name(),
                from,
                to,
                comment,
                now());
    }

    /**
     * Publishes the step's event in the command's transaction, with the matter's facts as they are now; {@code
     * from} is the state before, {@code actor} null for a resident without an account or the system.
     */
    void publish(
            MatterRow matter,
            PlatformUser actor,
            Role role,
            MatterState from,
            Function<MatterFacts, ? extends MatterEvent> event) {
        MatterFacts facts = new MatterFacts(
                UUID.randomUUID(),
                matter.id,
                matter.workstationId,
                matter.title,
                matter.state,
                from == null ? matter.state : from,
                matter.roundNo,
                matter.raiserAccountId,
                actor == null ? null : actor.id(),
                role,
                now());
        events.publishEvent(event.apply(facts));
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String join(String first, String second) {
        return second == null ? first : first + "。" + second;
    }
}
