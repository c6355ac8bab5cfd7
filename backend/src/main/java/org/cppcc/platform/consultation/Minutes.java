package org.cppcc.platform.consultation;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** What the liaison records after a meeting: the minutes, who came, and each party's opinion. */
public record Minutes(
        @NotBlank(message = "会议纪要不能为空")
        @Size(max = 5000, message = "会议纪要不能超过5000个字符")
        @PlainText(message = "会议纪要不能包含HTML标签或脚本")
        String minutes,

        @Size(max = 60, message = "参会记录不能超过60条") List<@Valid @NotNull(message = "参会记录不能为空") Attendance> attendance) {

    public List<Attendance> attendanceOrEmpty() {
        return attendance == null ? List.of() : attendance;
    }

    public record Attendance(
            @NotNull(message = "参会人员不能为空") Long participantId,
            @NotNull(message = "请选择是否出席") Boolean attended,

            @Size(max = 1000, message = "发言意见不能超过1000个字符") @PlainText(message = "发言意见不能包含HTML标签或脚本")
            String opinion) {}
}
