package org.cppcc.platform.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cppcc.platform.engine.ModelOnlyEngine;
import org.cppcc.platform.proposal.internal.ProposalProcess.Tasks;
import org.cppcc.platform.proposal.internal.ProposalProcess.Variables;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proposal model alone on a bare engine: every gateway, both timers and the key-supervision message, each
 * taken on purpose. The platform's commands around these steps are covered by the lifecycle tests.
 */
class ProposalModelTest {

    private static final String OWNER = "100";
    private static final long LEAD = 1L;
    private static final long ASSISTING = 2L;

    private static final ProposalTasksStandIn standIn = new ProposalTasksStandIn();
    private static ModelOnlyEngine engine;

    @BeforeAll
    static void deploy() {
        engine = ModelOnlyEngine.deploy(
                "org/cppcc/platform/proposal/proposal.bpmn20.xml", Map.of("proposalTasks", standIn));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @BeforeEach
    void freshStandIn() {
        standIn.assisting.clear();
        standIn.signed.clear();
        standIn.countersignRejected.clear();
        standIn.cosignDeadlines.clear();
        standIn.evaluationWindows.clear();
    }

    // --- draft, co-signing, review ---------------------------------------------------------------------------

    @Test
    void aProposalWithoutCosignersGoesStraightToReview() {
        String id = start();
        submitDraft(id, List.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.REVIEW);
    }

    @Test
    void aJointProposalWaitsForItsCosignersAndGoesToReviewWhenTheProposerSubmits() {
        String id = start();
        submitDraft(id, List.of("201", "202"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.COSIGN, Tasks.COSIGN, Tasks.SUBMIT_FOR_REVIEW);

        engine.complete(cosignTaskOf(id, "201"), Map.of());
        engine.complete(engine.task(id, Tasks.SUBMIT_FOR_REVIEW), Map.of());

        // the terminate end closes the co-signer who never answered
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.REVIEW);
        assertThat(standIn.cosignDeadlines).isEmpty();
    }

    @Test
    void theCosignDeadlineTakesAJointProposalToReviewAndTellsThePlatform() {
        String id = start();
        submitDraft(id, List.of("201"));

        engine.fireTimer(id);

        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.REVIEW);
        assertThat(standIn.cosignDeadlines).containsExactly(id);
    }

    @Test
    void reviewReturnsTheDraftToItsProposer() {
        String id = reviewed("RETURN");
        Task draft = engine.task(id, Tasks.EDIT_DRAFT);
        assertThat(draft.getAssignee()).isEqualTo(OWNER);
    }

    @Test
    void refusalConversionAndMergeEndTheProcessEachAtItsOwnEnd() {
        assertEndsAt(reviewed("REFUSE"), "refused");
        assertEndsAt(reviewed("CONVERT"), "converted");
        assertEndsAt(reviewed("MERGE"), "merged");
    }

    // --- handling by the units ---------------------------------------------------------------------------

    @Test
    void eachAssignedUnitSignsForItsOwnPartInTheUnitsGroup() {
        String id = assigned();
        List<Task> signOffs = engine.tasks()
                .createTaskQuery()
                .processInstanceId(id)
                .taskDefinitionKey(Tasks.SIGN_FOR)
                .list();
        assertThat(signOffs).hasSize(2);
        assertThat(signOffs).allSatisfy(task -> assertThat(task.getDueDate()).isNotNull());
        assertThat(candidateGroups(signOffs)).containsExactlyInAnyOrder("unit-1", "unit-2");
    }

    @Test
    void aReturnRequestGoesToTheOfficeAndBackToSignOff() {
        String id = assigned();
        engine.complete(signForTaskOf(id, ASSISTING), Map.of(Variables.SIGN_OUTCOME, "RETURN_REQUESTED"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.DECIDE_RETURN, Tasks.SIGN_FOR);

        engine.complete(engine.task(id, Tasks.DECIDE_RETURN), Map.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.SIGN_FOR, Tasks.SIGN_FOR);
    }

    @Test
    void anAssistingUnitsOpinionEndsItsBranchWhileTheLeadCollectsCountersignatures() {
        String id = handling();
        engine.complete(handleTaskOf(id, ASSISTING), Map.of());
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.HANDLE);

        engine.complete(handleTaskOf(id, LEAD), Map.of());
        Task countersign = engine.task(id, Tasks.COUNTERSIGN);
        assertThat(candidateGroups(List.of(countersign))).containsExactly("unit-2");
    }

    @Test
    void aRefusedCountersignatureSendsTheReplyBackToTheLeadUnit() {
        String id = handling();
        engine.complete(handleTaskOf(id, ASSISTING), Map.of());
        engine.complete(handleTaskOf(id, LEAD), Map.of());

        standIn.countersignRejected.add(LEAD);
        engine.complete(engine.task(id, Tasks.COUNTERSIGN), Map.of());

        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.HANDLE);
    }

    @Test
    void theOfficeCanReturnTheReplyToTheUnitBeforeItReachesTheProposer() {
        String id = atOfficeCheck();
        engine.complete(engine.task(id, Tasks.OFFICE_CHECK), Map.of(Variables.CHECK_OUTCOME, "RETURNED"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.HANDLE);
    }

    @Test
    void anApprovedReplyGoesToEveryProposerForEvaluation() {
        String id = atOfficeCheck();
        engine.runtime().setVariable(id, Variables.EVALUATORS, List.of(OWNER, "201"));
        engine.complete(engine.task(id, Tasks.OFFICE_CHECK), Map.of(Variables.CHECK_OUTCOME, "APPROVED"));

        List<Task> evaluations = engine.tasks()
                .createTaskQuery()
                .processInstanceId(id)
                .taskDefinitionKey(Tasks.EVALUATE)
                .list();
        assertThat(evaluations).extracting(Task::getAssignee).containsExactlyInAnyOrder(OWNER, "201");
    }

    // --- evaluation, re-handling, closing ----------------------------------------------------------------------

    @Test
    void theEvaluationWindowClosingStillTakesTheProposalToTheOffice() {
        String id = evaluating();
        engine.fireTimer(id);
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.DECIDE_AFTER_EVALUATION);
        assertThat(standIn.evaluationWindows).containsExactly(id);
    }

    @Test
    void reHandlingSkipsSignOffForAUnitThatAlreadySigned() {
        String id = evaluated();
        standIn.signed.add(LEAD);
        // the office sends the proposal back to the lead unit only
        engine.tasks()
                .complete(
                        engine.task(id, Tasks.DECIDE_AFTER_EVALUATION).getId(),
                        Map.of(Variables.ASSIGNMENT_SLOTS, List.of(LEAD)),
                        Map.of(Variables.AFTER_EVALUATION, "REHANDLE"));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.HANDLE);
    }

    @Test
    void aClosedProposalIsPublishedOnlyWithItsProposersConsent() {
        String published = evaluated();
        close(published, true);
        engine.complete(engine.task(published, Tasks.PUBLISH), Map.of());
        assertEndsAt(published, "published");

        String notPublished = evaluated();
        close(notPublished, false);
        assertEndsAt(notPublished, "closed");
    }

    @Test
    void keySupervisionRunsBesideHandlingWithoutInterruptingIt() {
        String id = handling();
        engine.runtime().messageEventReceived(ProposalProcess.KEY_PROPOSAL_APPROVED, eventSubscriptionExecution(id));
        assertThat(engine.openTaskKeys(id)).containsExactly(Tasks.HANDLE, Tasks.HANDLE, Tasks.SUPERVISE);
    }

    // --- driving the model ------------------------------------------------------------------------------------

    private static String start() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.OWNER_ACCOUNT, OWNER);
        variables.put(Variables.SIGN_OFF_DUE, "P5D");
        variables.put(Variables.REPLY_DUE, "P3M");
        variables.put(Variables.EVALUATION_DUE, "P1M");
        return engine.runtime()
                .startProcessInstanceByKey(ProposalProcess.KEY, variables)
                .getId();
    }

    private static void submitDraft(String id, List<String> cosigners) {
        Task draft = engine.task(id, Tasks.EDIT_DRAFT);
        Map<String, Object> variables = new HashMap<>();
        if (!cosigners.isEmpty()) {
            variables.put(Variables.COSIGNER_ACCOUNTS, cosigners);
            variables.put(Variables.COSIGN_DEADLINE, "2099-01-01T00:00:00");
        }
        engine.tasks().complete(draft.getId(), variables, Map.of(Variables.HAS_COSIGNERS, !cosigners.isEmpty()));
    }

    private static String reviewed(String decision) {
        String id = start();
        submitDraft(id, List.of());
        engine.complete(engine.task(id, Tasks.REVIEW), Map.of(Variables.DECISION, decision));
        return id;
    }

    private static String assigned() {
        String id = reviewed("REGISTER");
        standIn.assisting.add(ASSISTING);
        engine.tasks()
                .complete(
                        engine.task(id, Tasks.ASSIGN).getId(),
                        Map.of(Variables.ASSIGNMENT_SLOTS, List.of(LEAD, ASSISTING)));
        return id;
    }

    private static String handling() {
        String id = assigned();
        engine.complete(signForTaskOf(id, LEAD), Map.of(Variables.SIGN_OUTCOME, "SIGNED"));
        engine.complete(signForTaskOf(id, ASSISTING), Map.of(Variables.SIGN_OUTCOME, "SIGNED"));
        return id;
    }

    private static String atOfficeCheck() {
        String id = handling();
        engine.complete(handleTaskOf(id, ASSISTING), Map.of());
        engine.complete(handleTaskOf(id, LEAD), Map.of());
        engine.complete(engine.task(id, Tasks.COUNTERSIGN), Map.of());
        engine.complete(engine.task(id, Tasks.UNIT_LEADER_APPROVE), Map.of());
        return id;
    }

    private static String evaluating() {
        String id = atOfficeCheck();
        engine.runtime().setVariable(id, Variables.EVALUATORS, List.of(OWNER));
        engine.complete(engine.task(id, Tasks.OFFICE_CHECK), Map.of(Variables.CHECK_OUTCOME, "APPROVED"));
        return id;
    }

    private static String evaluated() {
        String id = evaluating();
        engine.complete(engine.task(id, Tasks.EVALUATE), Map.of());
        return id;
    }

    private static void close(String id, boolean consentPublish) {
        engine.complete(
                engine.task(id, Tasks.DECIDE_AFTER_EVALUATION),
                Map.of(Variables.AFTER_EVALUATION, "CLOSE", Variables.CONSENT_PUBLISH, consentPublish));
    }

    private static Task cosignTaskOf(String id, String account) {
        return engine.tasks()
                .createTaskQuery()
                .processInstanceId(id)
                .taskDefinitionKey(Tasks.COSIGN)
                .taskAssignee(account)
                .singleResult();
    }

    private static Task signForTaskOf(String id, long assignmentId) {
        return branchTask(id, Tasks.SIGN_FOR, assignmentId);
    }

    private static Task handleTaskOf(String id, long assignmentId) {
        return branchTask(id, Tasks.HANDLE, assignmentId);
    }

    private static Task branchTask(String id, String key, long assignmentId) {
        return engine.tasks().createTaskQuery().processInstanceId(id).taskDefinitionKey(key).list().stream()
                .filter(task ->
                        engine.runtime().getVariable(task.getExecutionId(), Variables.ASSIGNMENT_ID) instanceof Number n
                                && n.longValue() == assignmentId)
                .findFirst()
                .orElseThrow();
    }

    private static String eventSubscriptionExecution(String id) {
        return engine.runtime()
                .createExecutionQuery()
                .processInstanceId(id)
                .messageEventSubscriptionName(ProposalProcess.KEY_PROPOSAL_APPROVED)
                .singleResult()
                .getId();
    }

    private static List<String> candidateGroups(List<Task> tasks) {
        List<String> groups = new ArrayList<>();
        for (Task task : tasks) {
            engine.tasks().getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> link.getGroupId() != null)
                    .forEach(link -> groups.add(link.getGroupId()));
        }
        return groups;
    }

    private static void assertEndsAt(String id, String endEvent) {
        assertThat(engine.ended(id)).as("ended").isTrue();
        assertThat(engine.processEnds(id)).containsExactly(endEvent);
    }

    /** What the model asks the platform, answered from sets the tests fill. */
    public static final class ProposalTasksStandIn {

        final Set<Long> assisting = new HashSet<>();
        final Set<Long> signed = new HashSet<>();
        final Set<Long> countersignRejected = new HashSet<>();
        final List<String> cosignDeadlines = new ArrayList<>();
        final List<String> evaluationWindows = new ArrayList<>();

        public String unitGroup(Object assignmentId) {
            return ProposalProcess.unitGroup(id(assignmentId));
        }

        public List<String> signOffUsers(Object assignmentId) {
            return List.of();
        }

        public List<String> signOffGroups(Object assignmentId) {
            return List.of(unitGroup(assignmentId));
        }

        public boolean isAssisting(Object assignmentId) {
            return assisting.contains(id(assignmentId));
        }

        public List<Long> countersigners(Object assignmentId) {
            return isAssisting(assignmentId) ? List.of() : List.copyOf(assisting);
        }

        public boolean countersignRejected(Object assignmentId) {
            return countersignRejected.contains(id(assignmentId));
        }

        public boolean alreadySigned(Object assignmentId) {
            return signed.contains(id(assignmentId));
        }

        public void evaluationWindowClosed(DelegateExecution execution) {
            evaluationWindows.add(execution.getProcessInstanceId());
        }

        public void cosignDeadlinePassed(DelegateExecution execution) {
            cosignDeadlines.add(execution.getProcessInstanceId());
        }

        private static long id(Object assignmentId) {
            return ((Number) assignmentId).longValue();
        }
    }
}
