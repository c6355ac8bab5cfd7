package org.cppcc.platform.consultation;

import java.time.LocalDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** One entry of a workstation's duty roster. */
public record DutyForm(
        @NotNull(message = "请选择值班委员") Long memberId,
        @NotNull(message = "请选择值班日期") LocalDate dutyDate,
        @NotNull(message = "请选择值班时段") DutyPeriod period,
        @NotNull(message = "请选择值班方式") DutyKind kind,

        @Size(max = 200, message = "备注不能超过200个字符") @PlainText(message = "备注不能包含HTML标签或脚本")
        String note) {}
