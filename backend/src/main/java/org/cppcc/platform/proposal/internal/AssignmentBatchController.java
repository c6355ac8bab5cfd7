package org.cppcc.platform.proposal.internal;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.CurrentUser;
import org.cppcc.platform.proposal.AssignmentPlan;
import org.cppcc.platform.shared.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 交办会: the proposals waiting for assignment, confirming a batch of them, and the batches held. */
@RestController
@RequestMapping("/api/proposals/assignment-batches")
class AssignmentBatchController {

    private final AssignmentBatchCommands commands;
    private final AssignmentBatchQueries queries;

    AssignmentBatchController(AssignmentBatchCommands commands, AssignmentBatchQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record BatchRequest(
            @NotBlank(message = "请填写交办会名称")
            @Size(max = 100, message = "交办会名称不能超过100个字符")
            @PlainText(message = "交办会名称不能包含HTML标签或脚本")
            String name,

            @NotNull(message = "请选择交办日期") LocalDate meetingDate,

            @Size(max = 1000, message = "备注不能超过1000个字符") @PlainText(message = "备注不能包含HTML标签或脚本")
            String note,

            @NotEmpty(message = "请至少选择一件提案") @Size(max = 200, message = "一次交办会最多交办200件提案")
            List<@NotNull(message = "交办行不能为空") @Valid Item> items) {}

    record Item(
            @NotNull(message = "提案不能为空") Long proposalId,
            @NotNull(message = "请填写交办方案") @Valid AssignmentPlan plan) {}

    @GetMapping("/candidates")
    List<AssignmentBatchQueries.CandidateView> candidates(
            @RequestParam(required = false) Long sessionId,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String keyword) {
        return queries.candidates(CurrentUser.require(), sessionId, category, keyword);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AssignmentBatchQueries.BatchView confirm(@Valid @RequestBody BatchRequest request) {
        long id = commands.confirm(CurrentUser.require(), request);
        return queries.batch(CurrentUser.require(), id);
    }

    @GetMapping
    List<AssignmentBatchQueries.BatchSummary> list() {
        return queries.batches(CurrentUser.require());
    }

    @GetMapping("/{id}")
    AssignmentBatchQueries.BatchView batch(@PathVariable long id) {
        return queries.batch(CurrentUser.require(), id);
    }
}
