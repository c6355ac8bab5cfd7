package org.cppcc.platform.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.organisation.WorkstationKind;

record WorkstationForm(
        @NotBlank(message = "工作站名称不能为空") @Size(max = 100, message = "工作站名称不能超过100个字符")
        String name,

        @NotNull(message = "工作站类型不能为空") WorkstationKind kind,
        @NotNull(message = "所属街道不能为空") Long subdistrictId,
        Long communityId,
        @Size(max = 200, message = "地址不能超过200个字符") String address,
        @NotNull(message = "启用状态不能为空") Boolean enabled) {}
