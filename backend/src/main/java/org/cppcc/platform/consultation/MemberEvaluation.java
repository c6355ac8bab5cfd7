package org.cppcc.platform.consultation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** A member's rating: one per member and round. */
public record MemberEvaluation(
        @NotNull(message = "请选择满意程度") Satisfaction satisfaction,

        @Size(max = 500, message = "评价意见不能超过500个字符") @PlainText(message = "评价意见不能包含HTML标签或脚本")
        String comment) {}
