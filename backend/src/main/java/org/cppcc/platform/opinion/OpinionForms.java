package org.cppcc.platform.opinion;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** What members and the office fill in on 社情民意 reports. */
public final class OpinionForms {

    private OpinionForms() {}

    /** A member's draft: the co-authors are other members (the writer is always the lead author). */
    public record Draft(
            @NotBlank(message = "标题不能为空")
            @Size(max = 100, message = "标题不能超过100个字符")
            @PlainText(message = "标题不能包含HTML标签或脚本")
            String title,

            @NotNull(message = "请选择信息类别") OpinionCategory category,

            @NotBlank(message = "正文不能为空")
            @Size(max = 5000, message = "正文不能超过5000个字符")
            @PlainText(message = "正文不能包含HTML标签或脚本")
            String content,

            @Size(max = 10, message = "联名委员不能超过10位") List<@NotNull(message = "联名委员不正确") Long> coAuthorMemberIds) {}

    /** The office's edited text (编辑加工); the author's original stays kept. */
    public record Edit(
            @NotBlank(message = "标题不能为空")
            @Size(max = 100, message = "标题不能超过100个字符")
            @PlainText(message = "标题不能包含HTML标签或脚本")
            String title,

            @NotBlank(message = "正文不能为空")
            @Size(max = 5000, message = "正文不能超过5000个字符")
            @PlainText(message = "正文不能包含HTML标签或脚本")
            String content) {}

    /** 采用 or 不予采用; a decline needs its reason (checked by the command, naming the field). */
    public record Decision(
            @NotNull(message = "请选择是否采用") Boolean adopt,

            @Size(max = 1000, message = "审核意见不能超过1000个字符") @PlainText(message = "审核意见不能包含HTML标签或脚本")
            String comment) {}

    /** 报送: to whom (市政协, 区委办, 区政府办 …) and when. */
    public record Sending(
            @NotBlank(message = "报送单位不能为空")
            @Size(max = 100, message = "报送单位不能超过100个字符")
            @PlainText(message = "报送单位不能包含HTML标签或脚本")
            String recipient,

            @NotNull(message = "报送日期不能为空") LocalDate sentOn,

            @Size(max = 1000, message = "备注不能超过1000个字符") @PlainText(message = "备注不能包含HTML标签或脚本")
            String note) {}

    /** 领导批示: who (name and office), when, what. */
    public record Instruction(
            @NotBlank(message = "批示领导不能为空")
            @Size(max = 100, message = "批示领导不能超过100个字符")
            @PlainText(message = "批示领导不能包含HTML标签或脚本")
            String leader,

            @NotNull(message = "批示日期不能为空") LocalDate instructedOn,

            @NotBlank(message = "批示内容不能为空")
            @Size(max = 2000, message = "批示内容不能超过2000个字符")
            @PlainText(message = "批示内容不能包含HTML标签或脚本")
            String text) {}

    /** 采用情况: by whom or where it was used, when, how. */
    public record Use(
            @NotBlank(message = "采用单位不能为空")
            @Size(max = 100, message = "采用单位不能超过100个字符")
            @PlainText(message = "采用单位不能包含HTML标签或脚本")
            String usedBy,

            @NotNull(message = "采用日期不能为空") LocalDate usedOn,

            @NotBlank(message = "采用情况不能为空")
            @Size(max = 2000, message = "采用情况不能超过2000个字符")
            @PlainText(message = "采用情况不能包含HTML标签或脚本")
            String description) {}
}
