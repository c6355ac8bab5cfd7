package org.cppcc.platform.account.internal;

import static org.cppcc.platform.shared.web.Text.blankToNull;

import java.util.Set;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.Role;

record AccountCreation(
        @NotBlank(message = "用户名不能为空")
        @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_.-]{2,49}$", message = "用户名须以字母开头，3至50位字母、数字、点、下划线或连字符")
        String username,

        @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过50个字符")
        String displayName,

        @Pattern(regexp = "^$|^[0-9+\\-]{5,20}$", message = "联系电话格式不正确")
        String phone,

        @Email(message = "电子邮箱格式不正确") @Size(max = 100, message = "电子邮箱不能超过100个字符")
        String email,

        @NotEmpty(message = "角色至少选择一个") Set<@NotNull(message = "角色不能为空") Role> roles,
        Long unitId,
        @NotBlank(message = "初始密码不能为空") String password) {

    NewAccount toNewAccount() {
        return new NewAccount(
                Usernames.normalise(username),
                displayName.strip(),
                blankToNull(phone),
                blankToNull(email),
                roles,
                unitId,
                password);
    }
}
