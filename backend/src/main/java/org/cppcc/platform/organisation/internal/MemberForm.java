package org.cppcc.platform.organisation.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.organisation.MemberLevel;

/**
 * A member on the roster. The login comes with it in one of two ways, or later: {@code username} and
 * {@code password} open a new account, {@code accountId} links an existing one.
 */
record MemberForm(
        @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符")
        String name,

        @Pattern(regexp = "^$|^[男女]$", message = "性别须为男或女") String gender,
        @NotNull(message = "请选择界别") Long sectorId,
        @NotNull(message = "请选择委员类别") MemberLevel level,
        @Size(max = 100, message = "专委会不能超过100个字符") String specialCommittee,
        @Size(max = 50, message = "党派不能超过50个字符") String party,
        @Size(max = 200, message = "工作单位及职务不能超过200个字符") String workplace,

        @Pattern(regexp = "^$|^[0-9+\\-]{5,20}$", message = "联系电话格式不正确")
        String phone,

        @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不能超过100个字符")
        String email,

        Long workstationId,
        Long accountId,

        @Pattern(regexp = "^$|^[A-Za-z][A-Za-z0-9_.-]{2,49}$", message = "用户名须以字母开头，3至50位字母、数字、点、下划线或连字符")
        String username,

        String password) {}
