package org.cppcc.platform.consultation.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the BPMN model asks the platform while it runs ({@code ${consultationTasks...}} expressions), inside
 * the engine's transaction.
 */
@Component("consultationTasks")
class ConsultationTasks {

    private final ConsultationMapper mapper;
    private final Clock clock;

    ConsultationTasks(ConsultationMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The candidate group of a workstation's staff. */
    public String workstationGroup(Object workstationId) {
        return ConsultationProcess.workstationGroup(((Number) workstationId).longValue());
    }

    /** The candidate group of the unit responsible for an action. */
    public String unitGroup(Object actionId) {
        return ConsultationProcess.unitGroup(action(actionId).unitId);
    }

    /** The action's due date, counted in working days when it was decided: the end of that day. */
    public Date actionDue(Object actionId) {
        return Date.from(ZonedDateTime.of(action(actionId).dueDate.atTime(23, 59, 59), clock.getZone())
                .toInstant());
    }

    /** The end of the evaluation window, set when the last action was done. */
    public Date evaluationDue(DelegateExecution execution) {
        MatterRow matter = mapper.findMatter(ConsultationProcess.matterId(execution.getProcessInstanceBusinessKey()));
        if (matter == null || matter.evaluationClosesOn == null) {
            return null;
        }
        return Date.from(ZonedDateTime.of(matter.evaluationClosesOn.atTime(23, 59, 59), clock.getZone())
                .toInstant());
    }

    private ActionRow action(Object actionId) {
        ActionRow action = mapper.findAction(((Number) actionId).longValue());
        if (action == null) {
            throw new IllegalStateException("No consultation action " + actionId);
        }
        return action;
    }
}
