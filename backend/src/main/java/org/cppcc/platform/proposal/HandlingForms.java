package org.cppcc.platform.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** The forms of handling, replying and evaluating (part 2 of the lifecycle). */
public final class HandlingForms {

    private HandlingForms() {}

    /** 办前沟通记录 */
    public record Contact(
            @NotNull(message = "沟通日期不能为空") LocalDate contactDate,
            @NotNull(message = "沟通方式不能为空") ContactWay way,

            @NotBlank(message = "沟通内容不能为空")
            @Size(max = 2000, message = "沟通内容不能超过2000个字符")
            @PlainText(message = "沟通内容不能包含HTML标签或脚本")
            String content) {}

    /** 会办意见 */
    public record Opinion(
            @NotBlank(message = "会办意见不能为空")
            @Size(max = 5000, message = "会办意见不能超过5000个字符")
            @PlainText(message = "会办意见不能包含HTML标签或脚本")
            String content) {}

    /** 办前协商会 */
    public record Meeting(
            @NotNull(message = "会议时间不能为空") LocalDateTime meetingTime,

            @NotBlank(message = "会议地点不能为空")
            @Size(max = 200, message = "会议地点不能超过200个字符")
            @PlainText(message = "会议地点不能包含HTML标签或脚本")
            String place,

            @NotBlank(message = "主持人不能为空")
            @Size(max = 50, message = "主持人不能超过50个字符")
            @PlainText(message = "主持人不能包含HTML标签或脚本")
            String chair,

            @Size(max = 30, message = "邀请委员不能超过30人") List<@NotNull(message = "邀请委员不能为空") Long> inviteeMemberIds,
            @Size(max = 20, message = "邀请单位不能超过20个") List<@NotNull(message = "邀请单位不能为空") Long> inviteeUnitIds,

            /** A unit's 分管领导 chairing as an account: they are invited and see the meeting in their todo. */
            Long chairAccountId) {

        public List<Long> members() {
            return inviteeMemberIds == null
                    ? List.of()
                    : inviteeMemberIds.stream().distinct().toList();
        }

        public List<Long> units() {
            return inviteeUnitIds == null
                    ? List.of()
                    : inviteeUnitIds.stream().distinct().toList();
        }
    }

    /** 承办人: the officer account of the unit who handles the assignment from now on, and why it moves. */
    public record Officer(
            @NotNull(message = "承办人不能为空") Long officerAccountId,

            @Size(max = 500, message = "转交原因不能超过500个字符") @PlainText(message = "转交原因不能包含HTML标签或脚本")
            String reason) {}

    /** 会议纪要 */
    public record MeetingOutcome(
            @NotBlank(message = "会议纪要不能为空")
            @Size(max = 10000, message = "会议纪要不能超过10000个字符")
            @PlainText(message = "会议纪要不能包含HTML标签或脚本")
            String minutes,

            @NotBlank(message = "出席情况不能为空")
            @Size(max = 2000, message = "出席情况不能超过2000个字符")
            @PlainText(message = "出席情况不能包含HTML标签或脚本")
            String attendance) {}

    /** 申请延期 */
    public record ExtensionRequest(
            @NotNull(message = "延期月数不能为空") @Min(value = 1, message = "延期月数至少为1") @Max(value = 3, message = "延期月数不能超过3")
            Integer months,

            @NotBlank(message = "延期理由不能为空")
            @Size(max = 1000, message = "延期理由不能超过1000个字符")
            @PlainText(message = "延期理由不能包含HTML标签或脚本")
            String reason) {}

    /** 延期审批 */
    public record ExtensionDecision(
            @NotNull(message = "请选择是否同意延期") Boolean approve,

            @Size(max = 1000, message = "审批意见不能超过1000个字符") @PlainText(message = "审批意见不能包含HTML标签或脚本")
            String note) {}

    /** 答复函 */
    public record Reply(
            @NotNull(message = "答复类别不能为空") ReplyClass replyClass,

            @NotBlank(message = "答复正文不能为空")
            @Size(max = 20000, message = "答复正文不能超过20000个字符")
            @PlainText(message = "答复正文不能包含HTML标签或脚本")
            String body,

            @NotBlank(message = "签发领导不能为空")
            @Size(max = 50, message = "签发领导不能超过50个字符")
            @PlainText(message = "签发领导不能包含HTML标签或脚本")
            String signingLeader,

            @NotBlank(message = "承办人不能为空")
            @Size(max = 50, message = "承办人不能超过50个字符")
            @PlainText(message = "承办人不能包含HTML标签或脚本")
            String officer,

            @NotBlank(message = "联系电话不能为空") @Pattern(regexp = "^[0-9+\\-]{5,20}$", message = "联系电话格式不正确")
            String officerPhone) {}

    /** 会签 */
    public record Countersign(
            @NotNull(message = "请选择同意或不同意") Boolean agree,

            @Size(max = 1000, message = "会签意见不能超过1000个字符") @PlainText(message = "会签意见不能包含HTML标签或脚本")
            String comment) {}

    /** 提案委审核答复: approve (and perhaps change the class) or return to the unit. */
    public record ReplyCheck(
            @NotNull(message = "请选择通过或退回") Boolean approve,
            ReplyClass finalClass,

            @Size(max = 1000, message = "审核意见不能超过1000个字符") @PlainText(message = "审核意见不能包含HTML标签或脚本")
            String comment) {}

    /** 征询意见表; {@code memberId} names the proposer when staff enter a paper form. */
    public record Evaluation(
            Long memberId,
            @NotNull(message = "请选择是否与您沟通") Boolean contacted,
            ContactWay contactWay,
            @NotNull(message = "请评价办理态度") Satisfaction attitude,
            @NotNull(message = "请评价办理结果") Satisfaction result,

            @Size(max = 2000, message = "意见建议不能超过2000个字符") @PlainText(message = "意见建议不能包含HTML标签或脚本")
            String comments) {}

    /** After the evaluations: close the proposal, or order a second round of handling. */
    public record AfterEvaluation(
            @NotNull(message = "请选择办结或重新办理") Decision decision,

            @Size(max = 1000, message = "意见不能超过1000个字符") @PlainText(message = "意见不能包含HTML标签或脚本")
            String comment) {

        public enum Decision {
            CLOSE,
            REHANDLE
        }
    }

    /** 跟踪办理报告 */
    public record FollowUp(
            @NotBlank(message = "跟踪办理情况不能为空")
            @Size(max = 2000, message = "跟踪办理情况不能超过2000个字符")
            @PlainText(message = "跟踪办理情况不能包含HTML标签或脚本")
            String content,

            ReplyClass newClass) {}
}
