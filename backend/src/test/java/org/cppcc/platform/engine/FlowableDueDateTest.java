package org.cppcc.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.cppcc.platform.support.IntegrationTest;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A BPMN user task naming the workingDay calendar gets its due date in working days, on either database. */
class FlowableDueDateTest extends IntegrationTest {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    Clock clock;

    @Test
    void userTaskIsDueAfterFiveWorkingDays() {
        repository
                .createDeployment()
                .addClasspathResource("bpmn/due-date-probe.bpmn20.xml")
                .deploy();
        String instance = runtime.startProcessInstanceByKey("dueDateProbe", "probe-" + System.nanoTime())
                .getId();

        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

        LocalDate expected = calendar.addWorkingDays(LocalDate.now(clock), 5);
        assertThat(ZonedDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone())
                        .toLocalDate())
                .isEqualTo(expected);
        runtime.deleteProcessInstance(instance, "test finished");
    }
}
