package org.cppcc.platform.proposal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/** The office's answer to a unit's return request: give the proposal to another unit, or keep it with this one. */
public record ReturnDecision(
        @NotNull(message = "请选择是否同意退回") Boolean approve,
        Long newUnitId,

        @Size(max = 1000, message = "审核意见不能超过1000个字符") @PlainText(message = "审核意见不能包含HTML标签或脚本")
        String comment) {}
