package org.cppcc.platform.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** The liaison's conclusion after evaluation; PROPOSAL names the member whose draft it becomes. */
public record ConclusionForm(
        @NotNull(message = "请选择处理结果") Conclusion outcome,

        @Size(max = 1000, message = "处理意见不能超过1000个字符") @PlainText(message = "处理意见不能包含HTML标签或脚本")
        String comment,

        Long memberId) {}
