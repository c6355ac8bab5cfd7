package org.cppcc.platform.duty.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.duty.ActivityKind;
import org.cppcc.platform.duty.EntryKind;
import org.cppcc.platform.shared.web.PlainText;

/** What the duty screens send. */
final class DutyForms {

    private DutyForms() {}

    /** The office adds an entry the platform could not know of (a speech at the plenary, a paper …). */
    record NewEntry(
            @NotNull(message = "请选择履职类型") EntryKind kind,
            @NotNull(message = "请选择日期") LocalDate occurredOn,

            @NotBlank(message = "请填写履职内容") @Size(max = 200, message = "履职内容不能超过200个字符") @PlainText
            String title,

            @Min(value = -100, message = "分值不能小于-100") @Max(value = 100, message = "分值不能超过100")
            Integer points,

            @NotBlank(message = "请填写原因") @Size(max = 500, message = "原因不能超过500个字符") @PlainText
            String reason) {}

    /** The office corrects an entry: its points, or strikes it out (voided), always with a reason. */
    record Correction(
            @Min(value = -100, message = "分值不能小于-100") @Max(value = 100, message = "分值不能超过100")
            Integer points,

            boolean voided,

            @NotBlank(message = "请填写更正原因") @Size(max = 500, message = "原因不能超过500个字符") @PlainText
            String reason) {}

    record RuleForm(
            @NotNull(message = "请选择履职类型") EntryKind kind,

            @NotNull(message = "请填写分值") @Min(value = 0, message = "分值不能小于0") @Max(value = 100, message = "分值不能超过100")
            Integer points,

            @Min(value = 0, message = "年度上限不能小于0") @Max(value = 1000, message = "年度上限不能超过1000")
            Integer yearlyCap) {}

    record Rules(
            @NotEmpty(message = "请至少修改一条规则") @Valid List<RuleForm> rules,

            @NotBlank(message = "请填写修改原因") @Size(max = 500, message = "原因不能超过500个字符") @PlainText
            String reason) {}

    record NewActivity(
            @NotNull(message = "请选择活动类型") ActivityKind kind,

            @NotBlank(message = "请填写活动名称") @Size(max = 100, message = "活动名称不能超过100个字符") @PlainText
            String title,

            @NotBlank(message = "请填写活动地点") @Size(max = 200, message = "活动地点不能超过200个字符") @PlainText
            String place,

            @NotNull(message = "请选择开始时间") LocalDateTime startsAt,
            @NotNull(message = "请选择结束时间") LocalDateTime endsAt,

            @Size(max = 2000, message = "活动说明不能超过2000个字符") @PlainText
            String description,

            @NotEmpty(message = "请选择受邀委员") @Size(max = 1000, message = "一次最多邀请1000名委员")
            List<Long> memberIds) {}

    record Invitees(
            @NotEmpty(message = "请选择受邀委员") @Size(max = 1000, message = "一次最多邀请1000名委员")
            List<Long> memberIds) {}

    record Answer(
            @NotNull(message = "请选择是否参加") Boolean attend,

            @Size(max = 500, message = "请假原因不能超过500个字符") @PlainText
            String reason) {}

    record SignIn(
            @NotBlank(message = "签到码无效") @Size(max = 300, message = "签到码无效")
            String token) {}
}
