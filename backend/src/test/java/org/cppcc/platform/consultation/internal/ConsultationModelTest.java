package org.cppcc.platform.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.consultation.internal.ConsultationProcess.Tasks;
import org.cppcc.platform.consultation.internal.ConsultationProcess.Variables;
import org.cppcc.platform.engine.ModelOnlyEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six-step model alone on a bare engine: every triage outcome, one implementation branch per action with
 * its unit and due date, and the three ways out of the evaluation. The platform's side is in the lifecycle tests.
 */
class ConsultationModelTest {

    private static final long WORKSTATION = 7L;
    private static final Date ACTION_DUE = Date.from(Instant.parse("2099-03-31T23:59:59Z"));
    private static final Date EVALUATION_DUE = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));

    private static ModelOnlyEngine engine;

    @BeforeAll
    static void deploy() {
        engine = ModelOnlyEngine.deploy(
                "org/cppcc/platform/consultation/consultation.bpmn20.xml",
                Map.of("consultationTasks", new ConsultationTasksStandIn()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aRaisedMatterWaitsForTriageByItsWorkstation() {
        String id = raise();
        Task triage = engine.task(id, Tasks.TRIAGE);
        assertThat(groupsOf(triage)).containsExactly("workstation-7");
    }

    @ParameterizedTest
    @CsvSource({
        "ANSWER, answered",
        "PUBLIC_OPINION, toPublicOpinion",
        "PROPOSAL, toProposal",
        "MERGE, merged",
        "DECLINE, declined"
    })
    void triageOutcomesOtherThanConsultationEndTheMatterAtTheirOwnEnd(String outcome, String endEvent) {
        String id = raise();
        engine.complete(engine.task(id, Tasks.TRIAGE), Map.of(Variables.TRIAGE_OUTCOME, outcome));
        assertThat(engine.ended(id)).isTrue();
        assertThat(engine.processEnds(id)).containsExactly(endEvent);
    }

    @Test
    void aConsultedMatterIsDeliberatedDecidedAndPublishedInTurn() {
        String id = raise();
        engine.complete(engine.task(id, Tasks.TRIAGE), Map.of(Variables.TRIAGE_OUTCOME, "CONSULT"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.DELIBERATE);
        engine.complete(engine.task(id, Tasks.DELIBERATE), Map.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.DECIDE);
        engine.complete(engine.task(id, Tasks.DECIDE), Map.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.PUBLISH);
    }

    @Test
    void eachDecidedActionIsCarriedOutByItsUnitByItsDueDate() {
        String id = published(List.of(11L, 12L));

        List<Task> actions = engine.tasks()
                .createTaskQuery()
                .processInstanceId(id)
                .taskDefinitionKey(Tasks.IMPLEMENT_ACTION)
                .list();
        assertThat(actions).hasSize(2);
        assertThat(actions).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(ACTION_DUE));
        assertThat(actions.stream().flatMap(task -> groupsOf(task).stream()))
                .containsExactlyInAnyOrder("unit-11", "unit-12");

        engine.complete(actions.get(0), Map.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.IMPLEMENT_ACTION);
        engine.complete(actions.get(1), Map.of());

        Task evaluate = engine.task(id, Tasks.EVALUATE);
        assertThat(evaluate.getDueDate()).isEqualTo(EVALUATION_DUE);
    }

    @Test
    void theEvaluationClosesTheMatterByDefault() {
        String id = evaluating();
        engine.complete(engine.task(id, Tasks.EVALUATE), Map.of(Variables.CONCLUSION, "CLOSE"));
        assertThat(engine.processEnds(id)).containsExactly("closed");
    }

    @Test
    void anUnsettledMatterCanBeTurnedIntoAProposal() {
        String id = evaluating();
        engine.complete(engine.task(id, Tasks.EVALUATE), Map.of(Variables.CONCLUSION, "PROPOSAL"));
        assertThat(engine.processEnds(id)).containsExactly("turnedToProposal");
    }

    @Test
    void anUnsettledMatterCanGoBackToDeliberation() {
        String id = evaluating();
        engine.complete(engine.task(id, Tasks.EVALUATE), Map.of(Variables.CONCLUSION, "RECONSULT"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.DELIBERATE);
    }

    private static String raise() {
        return engine.runtime()
                .startProcessInstanceByKey(ConsultationProcess.KEY, Map.of(Variables.WORKSTATION_ID, WORKSTATION))
                .getId();
    }

    private static String published(List<Long> actionIds) {
        String id = raise();
        engine.complete(engine.task(id, Tasks.TRIAGE), Map.of(Variables.TRIAGE_OUTCOME, "CONSULT"));
        engine.complete(engine.task(id, Tasks.DELIBERATE), Map.of());
        engine.complete(engine.task(id, Tasks.DECIDE), Map.of());
        engine.tasks().complete(engine.task(id, Tasks.PUBLISH).getId(), Map.of(Variables.ACTION_IDS, actionIds));
        return id;
    }

    private static String evaluating() {
        String id = published(List.of(11L));
        engine.complete(engine.task(id, Tasks.IMPLEMENT_ACTION), Map.of());
        return id;
    }

    private static List<String> groupsOf(Task task) {
        List<String> groups = new ArrayList<>();
        engine.tasks().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .forEach(link -> groups.add(link.getGroupId()));
        return groups;
    }

    /** What the model asks the platform: here an action's id doubles as its unit's id. */
    public static final class ConsultationTasksStandIn {

        public String workstationGroup(Object workstationId) {
            return ConsultationProcess.workstationGroup(((Number) workstationId).longValue());
        }

        public String unitGroup(Object actionId) {
            return ConsultationProcess.unitGroup(((Number) actionId).longValue());
        }

        public Date actionDue(Object actionId) {
            return ACTION_DUE;
        }

        public Date evaluationDue(DelegateExecution execution) {
            return EVALUATION_DUE;
        }
    }
}
