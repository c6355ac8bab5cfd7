package org.cppcc.platform.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** The proposal office's decision on a submitted proposal. */
public record ReviewDecision(
        @NotNull(message = "审查结论不能为空") Outcome outcome,
        @Size(max = 40, message = "不予立案理由不正确") String refusalReason,
        ConversionKind convertTo,
        Long mergeIntoId,

        @Size(max = 1000, message = "审查意见不能超过1000个字符") @PlainText(message = "审查意见不能包含HTML标签或脚本")
        String comment) {

    public enum Outcome {
        /** 立案 */
        REGISTER,
        /** 不予立案 */
        REFUSE,
        /** 转社情民意/意见建议 */
        CONVERT,
        /** 并案 */
        MERGE,
        /** 退回修改 */
        RETURN
    }

    public enum ConversionKind {
        /** 社情民意信息 */
        PUBLIC_OPINION,
        /** 意见建议 */
        OPINION
    }
}
