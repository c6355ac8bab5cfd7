package org.cppcc.platform.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** A unit's report on one action (共同办事); 100 percent marks the action done. */
public record ProgressReport(
        @NotNull(message = "请填写完成进度")
        @Min(value = 0, message = "完成进度须在0到100之间")
        @Max(value = 100, message = "完成进度须在0到100之间")
        Integer percent,

        @NotBlank(message = "进展情况不能为空")
        @Size(max = 1000, message = "进展情况不能超过1000个字符")
        @PlainText(message = "进展情况不能包含HTML标签或脚本")
        String note) {}
