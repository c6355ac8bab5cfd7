package org.cppcc.platform.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/**
 * Duty staff's triage of a raised matter. {@code comment} is the answer (ANSWER) or the reason (DECLINE),
 * and required for both; MERGE names the open matter to join, PROPOSAL the member whose draft it becomes.
 */
public record TriageDecision(
        @NotNull(message = "请选择研判结果") TriageOutcome outcome,

        @Size(max = 1000, message = "研判意见不能超过1000个字符") @PlainText(message = "研判意见不能包含HTML标签或脚本")
        String comment,

        Long mergeIntoId,
        Long memberId) {}
