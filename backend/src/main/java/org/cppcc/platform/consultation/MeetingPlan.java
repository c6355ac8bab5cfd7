package org.cppcc.platform.consultation;

import java.time.LocalDateTime;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** A consultation meeting the liaison convenes (step 2): when, where or online, and who is invited. */
public record MeetingPlan(
        @NotBlank(message = "会议议题不能为空")
        @Size(max = 100, message = "会议议题不能超过100个字符")
        @PlainText(message = "会议议题不能包含HTML标签或脚本")
        String topic,

        @NotNull(message = "会议时间不能为空") LocalDateTime scheduledAt,
        @NotNull(message = "请选择线上或线下会议") Boolean online,

        @Size(max = 200, message = "会议地点不能超过200个字符") @PlainText(message = "会议地点不能包含HTML标签或脚本")
        String place,

        @NotEmpty(message = "请至少邀请一位参会人员") @Size(max = 60, message = "参会人员不能超过60位")
        List<@Valid @NotNull(message = "参会人员不能为空") Invitee> participants) {

    /** A member and a unit are named by id; residents' representatives, communities and experts by name. */
    public record Invitee(
            @NotNull(message = "请选择参会人员类别") ParticipantKind kind,
            Long memberId,
            Long unitId,

            @Size(max = 100, message = "参会人员名称不能超过100个字符") @PlainText(message = "参会人员名称不能包含HTML标签或脚本")
            String name) {}
}
