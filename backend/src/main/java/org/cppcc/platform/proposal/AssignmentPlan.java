package org.cppcc.platform.proposal;

import java.util.List;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** Which units handle a registered proposal: one lead with assisting units, or several split units. */
public record AssignmentPlan(
        @NotNull(message = "交办方式不能为空") Mode mode,
        Long leadUnitId,
        @Size(max = 10, message = "会办单位不能超过10个") List<@NotNull(message = "会办单位不能为空") Long> assistingUnitIds,
        @Size(max = 10, message = "分办单位不能超过10个") List<@NotNull(message = "分办单位不能为空") Long> splitUnitIds,

        @Size(max = 1000, message = "交办意见不能超过1000个字符") @PlainText(message = "交办意见不能包含HTML标签或脚本")
        String comment) {

    public enum Mode {
        /** 主办 + 会办 */
        LEAD_AND_ASSISTING,
        /** 分办 */
        SPLIT
    }

    public List<Long> assisting() {
        return assistingUnitIds == null ? List.of() : assistingUnitIds;
    }

    public List<Long> split() {
        return splitUnitIds == null ? List.of() : splitUnitIds;
    }
}
