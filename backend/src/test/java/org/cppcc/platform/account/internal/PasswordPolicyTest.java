package org.cppcc.platform.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cppcc.platform.shared.error.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rule on its own: length, letters and digits, and never the username inside it. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "zhangsan, abc12345, true",
        "zhangsan, abcdefgh, false",
        "zhangsan, 12345678, false",
        "zhangsan, abc1234, false",
        // 64 characters pass, 65 do not
        "zhangsan, a123456789012345678901234567890123456789012345678901234567890123, true",
        "zhangsan, a1234567890123456789012345678901234567890123456789012345678901234, false",
        "zhangsan, ZhangSan2026, false",
        "zhangsan, x1zhangsanx, false",
        // letters must be Latin letters: Chinese characters with digits do not satisfy the rule
        "zhangsan, 张三张三12345, false",
        "'', abc12345, true"
    })
    void theRuleIsEightToSixtyFourLettersAndDigitsWithoutTheUsername(
            String username, String password, boolean satisfied) {
        assertThat(PasswordPolicy.satisfied(username, password)).isEqualTo(satisfied);
    }

    @Test
    void noPasswordDoesNotSatisfyIt() {
        assertThat(PasswordPolicy.satisfied("zhangsan", null)).isFalse();
    }

    @Test
    void aRefusedPasswordNamesTheFieldAndTheRuleInChinese() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "zhangsan", "short"))
                .isInstanceOf(ApiException.class)
                .hasMessage(PasswordPolicy.RULE)
                .satisfies(e -> assertThat(((ApiException) e).fieldProblems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("newPassword")));
    }
}
