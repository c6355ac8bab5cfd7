package org.cppcc.platform.proposal;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** The proposal form (提案表) of docs/domain.md, as the proposer fills it in. */
public record ProposalForm(
        @NotNull(message = "请选择大会提案或平时提案") Boolean plenary,

        @NotBlank(message = "提案类别不能为空") @Size(max = 40, message = "提案类别不正确")
        String category,

        @NotBlank(message = "案由不能为空") @Size(max = 50, message = "案由不能超过50个字符") @PlainText(message = "案由不能包含HTML标签或脚本")
        String title,

        @NotBlank(message = "情况与问题不能为空")
        @Size(max = 3000, message = "情况与问题不能超过3000个字符")
        @PlainText(message = "情况与问题不能包含HTML标签或脚本")
        String situation,

        @NotBlank(message = "分析不能为空")
        @Size(max = 3000, message = "分析不能超过3000个字符")
        @PlainText(message = "分析不能包含HTML标签或脚本")
        String analysis,

        @NotBlank(message = "建议不能为空")
        @Size(max = 3000, message = "建议不能超过3000个字符")
        @PlainText(message = "建议不能包含HTML标签或脚本")
        String suggestions,

        @NotNull(message = "提案人类型不能为空") ProposerType proposerType,
        BodyKind bodyKind,

        @Size(max = 100, message = "提案单位名称不能超过100个字符") @PlainText(message = "提案单位名称不能包含HTML标签或脚本")
        String bodyName,

        @Size(max = 50, message = "联系人不能超过50个字符") @PlainText(message = "联系人不能包含HTML标签或脚本")
        String contactPerson,

        @Pattern(regexp = "^$|^[0-9+\\-]{5,20}$", message = "联系电话格式不正确")
        String contactPhone,

        @Size(max = 20, message = "联名委员不能超过20人") List<@NotNull(message = "联名委员不能为空") Long> cosignerMemberIds,
        @Size(max = 10, message = "建议承办单位不能超过10个") List<@NotNull(message = "建议承办单位不能为空") Long> suggestedUnitIds,
        @NotNull(message = "请选择是否同意公开") Boolean consentPublish,

        @Size(max = 200, message = "不同意公开的理由不能超过200个字符") @PlainText(message = "不同意公开的理由不能包含HTML标签或脚本")
        String noPublishReason) {

    public List<Long> cosigners() {
        return cosignerMemberIds == null
                ? List.of()
                : cosignerMemberIds.stream().distinct().toList();
    }

    public List<Long> suggestedUnits() {
        return suggestedUnitIds == null
                ? List.of()
                : suggestedUnitIds.stream().distinct().toList();
    }
}
