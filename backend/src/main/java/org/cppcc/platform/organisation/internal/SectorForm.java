package org.cppcc.platform.organisation.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SectorForm(
        @NotBlank(message = "界别编码不能为空")
        @Size(max = 32, message = "界别编码不能超过32个字符")
        @Pattern(regexp = "^[A-Za-z0-9_-]*$", message = "界别编码只能包含字母、数字、下划线和连字符")
        String code,

        @NotBlank(message = "界别名称不能为空") @Size(max = 100, message = "界别名称不能超过100个字符")
        String name,

        @NotNull(message = "排序号不能为空") @Min(value = 0, message = "排序号不能小于0") @Max(value = 9999, message = "排序号不能大于9999")
        Integer sortOrder,

        @NotNull(message = "启用状态不能为空") Boolean enabled) {}
