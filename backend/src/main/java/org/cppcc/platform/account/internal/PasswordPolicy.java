package org.cppcc.platform.account.internal;

import java.util.List;
import java.util.Locale;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.error.FieldProblem;

/** The platform's password rule: 8 to 64 characters, letters and digits, and not the username. */
final class PasswordPolicy {

    static final String RULE = "密码须为8至64个字符，同时包含字母和数字，且不能包含用户名";
    /** The same rule for the start-up log, read by whoever installs the platform. */
    static final String RULE_EN = "8 to 64 characters, with both letters and digits, not containing the username";

    private PasswordPolicy() {}

    static void check(String field, String username, String password) {
        if (!satisfied(username, password)) {
            throw new ApiException(ErrorCode.PASSWORD_POLICY, RULE, List.of(new FieldProblem(field, RULE)));
        }
    }

    static boolean satisfied(String username, String password) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            return false;
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean containsUsername = username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT));
        return letter && digit && !containsUsername;
    }
}
