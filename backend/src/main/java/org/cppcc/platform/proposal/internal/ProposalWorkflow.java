package org.cppcc.platform.proposal.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.organisation.SessionDeadlines;
import org.cppcc.platform.proposal.internal.ProposalProcess.Tasks;
import org.cppcc.platform.proposal.internal.ProposalProcess.Variables;
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

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProposalWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** The session's deadlines go into the process, which times sign-off, reply and evaluation by them. */
    String start(long proposalId, long ownerAccountId, SessionDeadlines deadlines) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.OWNER_ACCOUNT, String.valueOf(ownerAccountId));
        variables.put(Variables.SIGN_OFF_DUE, deadlines.signOff().iso());
        variables.put(Variables.REPLY_DUE, deadlines.reply().iso());
        variables.put(Variables.EVALUATION_DUE, deadlines.evaluation().iso());
        return runtime.startProcessInstanceByKey(
                        ProposalProcess.KEY, ProposalProcess.businessKey(proposalId), variables)
                .getId();
    }

    /** The proposer's draft task, completed when the proposal goes out. */
    void submitDraft(ProposalRow proposal, List<String> cosignerAccounts, String cosignDeadline) {
        Map<String, Object> variables = new HashMap<>();
        if (!cosignerAccounts.isEmpty()) {
            variables.put(Variables.COSIGNER_ACCOUNTS, cosignerAccounts);
            variables.put(Variables.COSIGN_DEADLINE, cosignDeadline);
        }
        complete(
                task(proposal, Tasks.EDIT_DRAFT).taskAssignee(String.valueOf(proposal.ownerAccountId)),
                variables,
                Map.of(Variables.HAS_COSIGNERS, !cosignerAccounts.isEmpty()));
    }

    void answerInvitation(ProposalRow proposal, long memberAccountId) {
        complete(task(proposal, Tasks.COSIGN).taskAssignee(String.valueOf(memberAccountId)), Map.of(), Map.of());
    }

    void submitForReview(ProposalRow proposal) {
        complete(task(proposal, Tasks.SUBMIT_FOR_REVIEW), Map.of(), Map.of());
    }

    void review(ProposalRow proposal, String decision) {
        complete(task(proposal, Tasks.REVIEW), Map.of(), Map.of(Variables.DECISION, decision));
    }

    void assign(ProposalRow proposal, List<Long> assignmentSlots) {
        complete(task(proposal, Tasks.ASSIGN), Map.of(Variables.ASSIGNMENT_SLOTS, assignmentSlots), Map.of());
    }

    void signFor(ProposalRow proposal, long assignmentId, String outcome) {
        Task signFor = taskOfAssignment(proposal, Tasks.SIGN_FOR, assignmentId);
        tasks.complete(signFor.getId(), Map.of(), Map.of(Variables.SIGN_OUTCOME, outcome));
    }

    /** Completes the office's decision; when the proposal goes to another unit, the branch follows it. */
    void decideReturn(ProposalRow proposal, long assignmentId, Long replacementAssignmentId) {
        Task decision = taskOfAssignment(proposal, Tasks.DECIDE_RETURN, assignmentId);
        if (replacementAssignmentId != null) {
            runtime.setVariable(decision.getExecutionId(), Variables.ASSIGNMENT_ID, replacementAssignmentId);
        }
        tasks.complete(decision.getId());
    }

    /** Ends a unit's handling step: an assisting unit's opinion, or a replying unit's submitted reply. */
    void completeHandling(ProposalRow proposal, long assignmentId) {
        tasks.complete(taskOfAssignment(proposal, Tasks.HANDLE, assignmentId).getId());
    }

    void countersign(ProposalRow proposal, long assistingAssignmentId) {
        tasks.complete(
                taskWhere(proposal, Tasks.COUNTERSIGN, Variables.COUNTERSIGN_ASSIGNMENT_ID, assistingAssignmentId)
                        .getId());
    }

    void approveReply(ProposalRow proposal, long assignmentId) {
        tasks.complete(taskOfAssignment(proposal, Tasks.UNIT_LEADER_APPROVE, assignmentId)
                .getId());
    }

    void checkReply(ProposalRow proposal, long assignmentId, boolean approved) {
        tasks.complete(
                taskOfAssignment(proposal, Tasks.OFFICE_CHECK, assignmentId).getId(),
                Map.of(),
                Map.of(Variables.CHECK_OUTCOME, approved ? "APPROVED" : "RETURNED"));
    }

    /** Who evaluates the replies; kept current because a merge can add proposers while units handle. */
    void setEvaluators(ProposalRow proposal, List<String> accounts) {
        runtime.setVariable(proposal.processInstanceId, Variables.EVALUATORS, accounts);
    }

    void evaluate(ProposalRow proposal, long evaluatorAccountId) {
        complete(task(proposal, Tasks.EVALUATE).taskAssignee(String.valueOf(evaluatorAccountId)), Map.of(), Map.of());
    }

    boolean waitsFor(ProposalRow proposal, String taskKey) {
        return task(proposal, taskKey).count() > 0;
    }

    void rehandle(ProposalRow proposal, List<Long> assignmentSlots) {
        complete(
                task(proposal, Tasks.DECIDE_AFTER_EVALUATION),
                Map.of(Variables.ASSIGNMENT_SLOTS, assignmentSlots),
                Map.of(Variables.AFTER_EVALUATION, "REHANDLE"));
    }

    void close(ProposalRow proposal) {
        complete(
                task(proposal, Tasks.DECIDE_AFTER_EVALUATION),
                Map.of(),
                Map.of(Variables.AFTER_EVALUATION, "CLOSE", Variables.CONSENT_PUBLISH, proposal.consentPublish));
    }

    void publish(ProposalRow proposal) {
        complete(task(proposal, Tasks.PUBLISH), Map.of(), Map.of());
    }

    void setHandlingDue(ProposalRow proposal, long assignmentId, Date due) {
        tasks.setDueDate(taskOfAssignment(proposal, Tasks.HANDLE, assignmentId).getId(), due);
    }

    /** The task of one unit's branch: each branch of the multi-instance carries its assignment id. */
    private Task taskOfAssignment(ProposalRow proposal, String taskKey, long assignmentId) {
        return taskWhere(proposal, taskKey, Variables.ASSIGNMENT_ID, assignmentId);
    }

    private Task taskWhere(ProposalRow proposal, String taskKey, String variable, long id) {
        return task(proposal, taskKey).list().stream()
                .filter(t ->
                        runtime.getVariable(t.getExecutionId(), variable) instanceof Number n && n.longValue() == id)
                .findFirst()
                .orElseThrow(ProposalWorkflow::outOfStep);
    }

    private TaskQuery task(ProposalRow proposal, String taskKey) {
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
