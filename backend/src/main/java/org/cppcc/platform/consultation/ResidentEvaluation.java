package org.cppcc.platform.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cppcc.platform.shared.web.PlainText;

/**
 * A resident's rating (大家评事): one per phone number and round. With the matter's tracking code and the phone
 * it was raised with, it is the raiser's own, verified rating; without a code it is an unverified public rating,
 * shown apart and never counted in the official satisfaction figure.
 */
public record ResidentEvaluation(
        @NotBlank(message = "手机号码不能为空") @Pattern(regexp = PhoneNumbers.MOBILE, message = "手机号码须为11位手机号码")
        String phone,

        @NotNull(message = "请选择满意程度") Satisfaction satisfaction,

        @Size(max = 500, message = "评价意见不能超过500个字符") @PlainText(message = "评价意见不能包含HTML标签或脚本")
        String comment,

        @Size(max = 16, message = "跟踪码不正确") String trackingCode) {

    public ResidentEvaluation(String phone, Satisfaction satisfaction, String comment) {
        this(phone, satisfaction, comment, null);
    }
}
