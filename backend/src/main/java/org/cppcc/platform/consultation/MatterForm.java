package org.cppcc.platform.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/**
 * A matter as a resident raises it (群众提事), online or at a reception. {@code smsUpdates}: the resident agreed
 * to be texted each step of the matter at {@code contactPhone} (the consent text is on the raise form).
 */
public record MatterForm(
        @NotNull(message = "请选择委员工作站") Long workstationId,

        @NotBlank(message = "事项标题不能为空")
        @Size(max = 50, message = "事项标题不能超过50个字符")
        @PlainText(message = "事项标题不能包含HTML标签或脚本")
        String title,

        @NotBlank(message = "事项描述不能为空")
        @Size(max = 2000, message = "事项描述不能超过2000个字符")
        @PlainText(message = "事项描述不能包含HTML标签或脚本")
        String description,

        @NotBlank(message = "事发地点不能为空")
        @Size(max = 200, message = "事发地点不能超过200个字符")
        @PlainText(message = "事发地点不能包含HTML标签或脚本")
        String place,

        @NotBlank(message = "联系电话不能为空") @Pattern(regexp = PhoneNumbers.MOBILE, message = "联系电话须为11位手机号码")
        String contactPhone,

        Boolean smsUpdates) {

    /** Raised without asking for SMS updates. */
    public MatterForm(Long workstationId, String title, String description, String place, String contactPhone) {
        this(workstationId, title, description, place, contactPhone, null);
    }

    public boolean wantsSms() {
        return Boolean.TRUE.equals(smsUpdates);
    }
}
