package org.cppcc.platform.proposal.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The proposal's steps in Flowable. Decisions go in as transient variables (read by the gateways, never
 * stored); only what the model itself needs later (who, which units, which deadlines) is stored.
 */
@Component
class ProposalWorkflow {

    static final String PROCESS_KEY = "proposal";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ProposalDeadlines deadlines;

    ProposalWorkflow(RuntimeService runtime, TaskService tasks, ProposalDeadlines deadlines) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    static String businessKey(long proposalId) {
        return "proposal-" + proposalId;
    }

    static String unitGroup(long unitId) {
        return "unit-" + unitId;
    }

    String start(long proposalId, long ownerAccountId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("ownerAccount", String.valueOf(ownerAccountId));
        variables.put("signOffDue", deadlines.signOff());
        variables.put("replyDue", deadlines.reply());
        variables.put("evaluationDue", deadlines.evaluation());
        return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(proposalId), variables)
                .getId();
    }

    /** The proposer's draft task, completed when the proposal goes out. */
    void submitDraft(ProposalRecord proposal, List<String> cosignerAccounts, String cosignDeadline) {
        Map<String, Object> variables = new HashMap<>();
        if (!cosignerAccounts.isEmpty()) {
            variables.put("cosignerAccounts", cosignerAccounts);
            variables.put("cosignDeadline", cosignDeadline);
        }
        complete(
                task(proposal, "editDraft").taskAssignee(String.valueOf(proposal.ownerAccountId)),
                variables,
                Map.of("hasCosigners", !cosignerAccounts.isEmpty()));
    }

    void answerInvitation(ProposalRecord proposal, long memberAccountId) {
        complete(task(proposal, "cosign").taskAssignee(String.valueOf(memberAccountId)), Map.of(), Map.of());
    }

    void submitForReview(ProposalRecord proposal) {
        complete(task(proposal, "submitForReview"), Map.of(), Map.of());
    }

    void review(ProposalRecord proposal, String decision) {
        complete(task(proposal, "review"), Map.of(), Map.of("decision", decision));
    }

    void assign(ProposalRecord proposal, List<Long> assignmentSlots) {
        complete(task(proposal, "assign"), Map.of("assignmentSlots", assignmentSlots), Map.of());
    }

    void signFor(ProposalRecord proposal, long assignmentId, String outcome) {
        Task signFor = taskOfAssignment(proposal, "signFor", assignmentId);
        tasks.complete(signFor.getId(), Map.of(), Map.of("signOutcome", outcome));
    }

    /** Completes the office's decision; when the proposal goes to another unit, the branch follows it. */
    void decideReturn(ProposalRecord proposal, long assignmentId, Long replacementAssignmentId) {
        Task decision = taskOfAssignment(proposal, "decideReturn", assignmentId);
        if (replacementAssignmentId != null) {
            runtime.setVariable(decision.getExecutionId(), "assignmentId", replacementAssignmentId);
        }
        tasks.complete(decision.getId());
    }

    /** Ends a unit's handling step: an assisting unit's opinion, or a replying unit's submitted reply. */
    void completeHandling(ProposalRecord proposal, long assignmentId) {
        tasks.complete(taskOfAssignment(proposal, "handle", assignmentId).getId());
    }

    void countersign(ProposalRecord proposal, long assistingAssignmentId) {
        tasks.complete(taskWhere(proposal, "countersign", "countersignAssignmentId", assistingAssignmentId)
                .getId());
    }

    void approveReply(ProposalRecord proposal, long assignmentId) {
        tasks.complete(
                taskOfAssignment(proposal, "unitLeaderApprove", assignmentId).getId());
    }

    void checkReply(ProposalRecord proposal, long assignmentId, boolean approved) {
        tasks.complete(
                taskOfAssignment(proposal, "officeCheck", assignmentId).getId(),
                Map.of(),
                Map.of("checkOutcome", approved ? "APPROVED" : "RETURNED"));
    }

    /** Who evaluates the replies; kept current because a merge can add proposers while units handle. */
    void setEvaluators(ProposalRecord proposal, List<String> accounts) {
        runtime.setVariable(proposal.processInstanceId, "evaluators", accounts);
    }

    void evaluate(ProposalRecord proposal, long evaluatorAccountId) {
        complete(task(proposal, "evaluate").taskAssignee(String.valueOf(evaluatorAccountId)), Map.of(), Map.of());
    }

    boolean waitsFor(ProposalRecord proposal, String taskKey) {
        return task(proposal, taskKey).count() > 0;
    }

    void rehandle(ProposalRecord proposal, List<Long> assignmentSlots) {
        complete(
                task(proposal, "decideAfterEvaluation"),
                Map.of("assignmentSlots", assignmentSlots),
                Map.of("afterEvaluation", "REHANDLE"));
    }

    void close(ProposalRecord proposal) {
        complete(
                task(proposal, "decideAfterEvaluation"),
                Map.of(),
                Map.of("afterEvaluation", "CLOSE", "consentPublish", proposal.consentPublish));
    }

    void publish(ProposalRecord proposal) {
        complete(task(proposal, "publish"), Map.of(), Map.of());
    }

    void setHandlingDue(ProposalRecord proposal, long assignmentId, Date due) {
        tasks.setDueDate(taskOfAssignment(proposal, "handle", assignmentId).getId(), due);
    }

    /** The task of one unit's branch: each branch of the multi-instance carries its assignment id. */
    private Task taskOfAssignment(ProposalRecord proposal, String taskKey, long assignmentId) {
        return taskWhere(proposal, taskKey, "assignmentId", assignmentId);
    }

    private Task taskWhere(ProposalRecord proposal, String taskKey, String variable, long id) {
        return task(proposal, taskKey).list().stream()
                .filter(t ->
                        runtime.getVariable(t.getExecutionId(), variable) instanceof Number n && n.longValue() == id)
                .findFirst()
                .orElseThrow(ProposalWorkflow::outOfStep);
    }

    private TaskQuery task(ProposalRecord proposal, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(proposal.processInstanceId)
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
