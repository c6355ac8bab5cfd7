package org.cppcc.platform.appraisal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** Request bodies of the appraisal API, with the Chinese messages the forms show. */
final class AppraisalForms {

    private AppraisalForms() {}

    record RuleItem(
            @NotNull(message = "请选择考核项目") AssessmentItem item,

            @NotNull(message = "请填写分值")
            @DecimalMin(value = "0", message = "分值不能小于0")
            @DecimalMax(value = "100", message = "分值不能超过100")
            BigDecimal points,

            @DecimalMin(value = "0", message = "扣分上限不能小于0") @DecimalMax(value = "100", message = "扣分上限不能超过100")
            BigDecimal cap) {}

    record Rules(
            @NotEmpty(message = "请至少设置一个考核项目") @Size(max = 10, message = "考核项目过多")
            List<@Valid RuleItem> items,

            @Size(max = 500, message = "修订说明不能超过500个字符") @PlainText(message = "内容不能包含HTML标签或脚本")
            String note) {}

    record Adjustment(
            @NotNull(message = "请选择承办单位") Long unitId,

            @NotNull(message = "请填写调整分值")
            @DecimalMin(value = "-100", message = "调整分值不能小于-100")
            @DecimalMax(value = "100", message = "调整分值不能超过100")
            BigDecimal points,

            @NotBlank(message = "请填写调整理由")
            @Size(max = 500, message = "调整理由不能超过500个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String reason) {}

    record ModelUnits(
            @NotEmpty(message = "请从排名中选择先进承办单位") @Size(max = 100, message = "选择的单位过多")
            List<@NotNull Long> unitIds,

            @NotNull(message = "请选择审定日期") LocalDate decidedOn,

            @Size(max = 1000, message = "说明不能超过1000个字符") @PlainText(message = "内容不能包含HTML标签或脚本")
            String note) {}

    record Round(
            @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确")
            Integer year,

            Long sessionId,

            @NotBlank(message = "请填写评选名称")
            @Size(max = 100, message = "评选名称不能超过100个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String name) {}

    record Nomination(
            @NotNull(message = "请选择提案") Long proposalId,

            @NotBlank(message = "请填写推荐理由")
            @Size(max = 1000, message = "推荐理由不能超过1000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String reason) {}

    record Reviewers(
            @NotEmpty(message = "请指定评审人") @Size(max = 30, message = "评审人过多")
            List<@NotNull Long> reviewerIds) {}

    record Review(
            @NotNull(message = "请填写评分")
            @Min(value = 0, message = "评分应在0到100之间")
            @Max(value = 100, message = "评分应在0到100之间")
            Integer score,

            @Size(max = 1000, message = "评审意见不能超过1000个字符") @PlainText(message = "内容不能包含HTML标签或脚本")
            String comment) {}

    record Verdict(
            @NotNull(message = "请选择推荐") Long nominationId,
            @NotNull(message = "请选择是否评为优秀提案") Boolean awarded,

            @Size(max = 500, message = "说明不能超过500个字符") @PlainText(message = "内容不能包含HTML标签或脚本")
            String note) {}

    record Decision(
            @NotNull(message = "请选择主席会议日期") LocalDate meetingDate,

            @NotBlank(message = "请填写会议纪要")
            @Size(max = 1000, message = "会议纪要不能超过1000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String meetingNote,

            @NotEmpty(message = "请逐项填写审定结果") @Size(max = 500, message = "审定结果过多")
            List<@Valid Verdict> verdicts) {}
}
