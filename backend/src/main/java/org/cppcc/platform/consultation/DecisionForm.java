package org.cppcc.platform.consultation;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/**
 * The agreed outcome (研究定事): a summary and the actions, each with its responsible unit and a time
 * limit in working days; the due date is counted with the working-day calendar.
 */
public record DecisionForm(
        @NotBlank(message = "协商结果不能为空")
        @Size(max = 2000, message = "协商结果不能超过2000个字符")
        @PlainText(message = "协商结果不能包含HTML标签或脚本")
        String summary,

        @NotEmpty(message = "请至少列出一项办理措施") @Size(max = 20, message = "办理措施不能超过20项")
        List<@Valid @NotNull(message = "办理措施不能为空") ActionPlan> actions) {

    public record ActionPlan(
            @NotBlank(message = "措施内容不能为空")
            @Size(max = 500, message = "措施内容不能超过500个字符")
            @PlainText(message = "措施内容不能包含HTML标签或脚本")
            String content,

            @NotNull(message = "请选择责任单位") Long unitId,

            @NotNull(message = "请填写办理时限")
            @Min(value = 1, message = "办理时限至少1个工作日")
            @Max(value = 250, message = "办理时限不能超过250个工作日")
            Integer workingDays) {}
}
