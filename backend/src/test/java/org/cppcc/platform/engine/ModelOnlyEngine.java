package org.cppcc.platform.engine;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.impl.calendar.DurationBusinessCalendar;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;

/**
 * One BPMN model deployed alone on a bare Flowable engine over an in-memory H2, with stand-ins for the beans
 * its expressions call: drives every gateway of the model in milliseconds, without the application around it.
 * The application's own tests cover the platform's side (tables, history, authorisation) of each step.
 */
public final class ModelOnlyEngine implements AutoCloseable {

    private final ProcessEngine engine;

    private ModelOnlyEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Deploys {@code classpathResource} on a fresh engine whose expressions see {@code beans}. */
    public static ModelOnlyEngine deploy(String classpathResource, Map<Object, Object> beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:model-" + UUID.randomUUID() + "");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAsyncExecutorActivate(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        // The application resolves "workingDay" against its holiday calendar (WorkingDayBusinessCalendar, tested
        // apart); here plain ISO durations are enough to create and fire the timers.
        ((MapBusinessCalendarManager) configuration.getBusinessCalendarManager())
                .addBusinessCalendar("workingDay", new DurationBusinessCalendar(configuration.getClock()));
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource(classpathResource)
                .deploy();
        return new ModelOnlyEngine(engine);
    }

    public RuntimeService runtime() {
        return engine.getRuntimeService();
    }

    public TaskService tasks() {
        return engine.getTaskService();
    }

    public HistoryService history() {
        return engine.getHistoryService();
    }

    public ManagementService management() {
        return engine.getManagementService();
    }

    /** The open tasks of an instance, by task definition key. */
    public List<String> openTaskKeys(String processInstanceId) {
        return tasks().createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .sorted()
                .toList();
    }

    /** The only open task with {@code key}; fails when there is none or more than one. */
    public Task task(String processInstanceId, String key) {
        return tasks().createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** Completes a task with the decisions the platform passes as transient variables. */
    public void complete(Task task, Map<String, Object> transientDecisions) {
        tasks().complete(task.getId(), Map.of(), transientDecisions);
    }

    /** Fires the only timer of the instance now, as the job executor would when it falls due. */
    public void fireTimer(String processInstanceId) {
        Job timer = management()
                .createTimerJobQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        Job executable = management().moveTimerToExecutableJob(timer.getId());
        management().executeJob(executable.getId());
    }

    /** The end events of the process itself that the instance reached (not those inside a subprocess). */
    public List<String> processEnds(String processInstanceId) {
        String definitionId = history()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getProcessDefinitionId();
        Process process =
                engine.getRepositoryService().getBpmnModel(definitionId).getMainProcess();
        return history()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .activityType("endEvent")
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .filter(activityId -> process.getFlowElement(activityId) != null)
                .sorted()
                .toList();
    }

    public boolean ended(String processInstanceId) {
        return runtime()
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                == 0;
    }

    @Override
    public void close() {
        engine.close();
    }
}
