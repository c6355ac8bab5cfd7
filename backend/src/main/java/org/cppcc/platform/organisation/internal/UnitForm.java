package org.cppcc.platform.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.organisation.UnitKind;

record UnitForm(
        @NotBlank(message = "单位编码不能为空")
        @Size(max = 32, message = "单位编码不能超过32个字符")
        @Pattern(regexp = "^[A-Za-z0-9_-]*$", message = "单位编码只能包含字母、数字、下划线和连字符")
        String code,

        @NotBlank(message = "单位名称不能为空") @Size(max = 100, message = "单位名称不能超过100个字符")
        String name,

        @NotNull(message = "单位类型不能为空") UnitKind kind,
        @Size(max = 50, message = "联系人不能超过50个字符") String contactName,

        @Pattern(regexp = "^$|^[0-9+\\-]{5,20}$", message = "联系电话格式不正确")
        String contactPhone,

        @NotNull(message = "启用状态不能为空") Boolean enabled) {}
