package org.cppcc.platform.organisation.internal;

import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A session as the administrator or the proposal office enters it. Deadlines left empty take the platform
 * defaults (application.yml) when the session is created.
 */
record SessionForm(
        @NotNull(message = "届次不能为空") @Min(value = 1, message = "届次须为1至99") @Max(value = 99, message = "届次须为1至99")
        Integer term,

        @NotNull(message = "会议次数不能为空") @Min(value = 1, message = "会议次数须为1至20") @Max(value = 20, message = "会议次数须为1至20")
        Integer meeting,

        @Size(max = 50, message = "会议名称不能超过50个字符") String name,
        LocalDate openedOn,
        LocalDate plenaryStart,
        LocalDate plenaryEnd,
        LocalDate plenaryProposalsUntil,
        LocalDate cosignDeadline,

        @Min(value = 1, message = "联名确认期限须为1至60个工作日") @Max(value = 60, message = "联名确认期限须为1至60个工作日")
        Integer cosignWorkingDays,

        @Min(value = 1, message = "签收期限须为1至30个工作日") @Max(value = 30, message = "签收期限须为1至30个工作日")
        Integer signOffWorkingDays,

        @Min(value = 1, message = "办前沟通期限须为1至60个工作日") @Max(value = 60, message = "办前沟通期限须为1至60个工作日")
        Integer contactWorkingDays,

        @Pattern(regexp = "^$|^P([1-9][0-9]?)[DM]$", message = "答复期限须写作如P3M（3个月）或P60D（60个工作日）")
        String replyTerm,

        @Min(value = 1, message = "评价期限须为1至60个工作日") @Max(value = 60, message = "评价期限须为1至60个工作日")
        Integer evaluationWorkingDays,

        @Min(value = 0, message = "延期上限须为0至6个月") @Max(value = 6, message = "延期上限须为0至6个月")
        Integer maxExtensionMonths) {}
