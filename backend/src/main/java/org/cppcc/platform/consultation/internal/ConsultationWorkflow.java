package org.cppcc.platform.consultation.internal;

import java.util.List;
import java.util.Map;

import org.cppcc.platform.consultation.internal.ConsultationProcess.Tasks;
import org.cppcc.platform.consultation.internal.ConsultationProcess.Variables;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * A matter's steps in Flowable. Decisions go in as transient variables (read by the gateways, never
 * stored); only what the model needs later is stored: the workstation (for candidate groups) and the
 * ids of the published actions (one implementation branch each).
 */
@Component
class ConsultationWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ConsultationWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    String start(long matterId, long workstationId) {
        return runtime.startProcessInstanceByKey(
                        ConsultationProcess.KEY,
                        ConsultationProcess.businessKey(matterId),
                        Map.of(Variables.WORKSTATION_ID, workstationId))
                .getId();
    }

    void triage(MatterRow matter, String outcome) {
        complete(task(matter, Tasks.TRIAGE), Map.of(), Map.of(Variables.TRIAGE_OUTCOME, outcome));
    }

    void deliberated(MatterRow matter) {
        complete(task(matter, Tasks.DELIBERATE), Map.of(), Map.of());
    }

    void decided(MatterRow matter) {
        complete(task(matter, Tasks.DECIDE), Map.of(), Map.of());
    }

    /** Publication opens one implementation branch per action of the round. */
    void published(MatterRow matter, List<Long> actionIds) {
        complete(task(matter, Tasks.PUBLISH), Map.of(Variables.ACTION_IDS, actionIds), Map.of());
    }

    void actionDone(MatterRow matter, long actionId) {
        Task task = task(matter, Tasks.IMPLEMENT_ACTION).list().stream()
                .filter(t -> runtime.getVariable(t.getExecutionId(), Variables.ACTION_ID) instanceof Number n
                        && n.longValue() == actionId)
                .findFirst()
                .orElseThrow(ConsultationWorkflow::outOfStep);
        tasks.complete(task.getId());
    }

    void concluded(MatterRow matter, String conclusion) {
        complete(task(matter, Tasks.EVALUATE), Map.of(), Map.of(Variables.CONCLUSION, conclusion));
    }

    private TaskQuery task(MatterRow matter, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(matter.processInstanceId)
                .taskDefinitionKey(taskKey);
    }

    private void complete(TaskQuery query, Map<String, Object> variables, Map<String, Object> transientVariables) {
        List<Task> found = query.list();
        if (found.size() != 1) {
            throw outOfStep();
        }
        tasks.complete(found.get(0).getId(), variables, transientVariables);
    }

    private static ApiException outOfStep() {
        return new ApiException(ErrorCode.STATE_CONFLICT, "流程状态已变化，请刷新后重试");
    }
}
