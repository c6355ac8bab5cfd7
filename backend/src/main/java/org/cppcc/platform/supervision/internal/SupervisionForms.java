package org.cppcc.platform.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** Request bodies of the supervision API, with the Chinese messages the forms show. */
final class SupervisionForms {

    private SupervisionForms() {}

    record Shortlist(
            @NotNull(message = "请选择提案") Long proposalId,

            @NotBlank(message = "请填写列为重点提案的理由")
            @Size(max = 1000, message = "理由不能超过1000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String reason) {}

    record Approval(
            @NotBlank(message = "请填写审定的主席会议")
            @Size(max = 100, message = "会议名称不能超过100个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String meetingName,

            @NotNull(message = "请选择审定日期") LocalDate approvedOn,
            @NotNull(message = "请选择领衔督办领导") Long leadLeaderId,
            LocalDate replyDueDate,

            @Size(max = 500, message = "说明不能超过500个字符") @PlainText(message = "内容不能包含HTML标签或脚本")
            String comment) {}

    record Leader(@NotNull(message = "请选择领衔督办领导") Long leadLeaderId) {}

    record Conclusion(
            @NotBlank(message = "请填写督办结论")
            @Size(max = 2000, message = "督办结论不能超过2000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String conclusion) {}

    record Instruction(
            @NotBlank(message = "请填写批示内容")
            @Size(max = 2000, message = "批示内容不能超过2000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String content) {}

    record Acknowledgement(
            @NotBlank(message = "请填写阅办意见")
            @Size(max = 1000, message = "阅办意见不能超过1000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String note) {}

    record Chase(
            @NotNull(message = "请选择提案") Long proposalId,
            Long unitId,

            @NotBlank(message = "请填写催办内容")
            @Size(max = 1000, message = "催办内容不能超过1000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String message) {}

    enum VisitKind {
        SITE_VISIT,
        LOOK_BACK
    }

    record Visit(
            @NotNull(message = "请选择督办方式") VisitKind kind,
            @NotNull(message = "请选择日期") LocalDate visitDate,

            @NotBlank(message = "请填写地点")
            @Size(max = 200, message = "地点不能超过200个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String place,

            @NotBlank(message = "请填写参加人员")
            @Size(max = 500, message = "参加人员不能超过500个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String participants,

            @NotBlank(message = "请填写督办情况")
            @Size(max = 4000, message = "督办情况不能超过4000个字符")
            @PlainText(message = "内容不能包含HTML标签或脚本")
            String notes) {}

    record UnitLeaders(@NotNull(message = "请选择单位领导账户") List<Long> accountIds) {}
}
