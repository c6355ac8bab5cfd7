package org.cppcc.platform.account.internal;

import java.util.Set;

import org.cppcc.platform.account.NewAccount;
import org.cppcc.platform.account.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation without demo data needs one administrator to start from: opened as {@code admin}
 * with the password given in PLATFORM_ADMIN_PASSWORD, once, when no administrator exists yet. Without a
 * password that meets the platform's policy such an installation refuses to start: it would otherwise run with
 * nobody able to sign in and set it up.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountManagement accounts;
    private final String password;
    private final boolean demoData;

    AdminBootstrap(
            AccountManagement accounts,
            @Value("${platform.bootstrap-admin-password:}") String password,
            @Value("${platform.demo-data:false}") boolean demoData) {
        this.accounts = accounts;
        this.password = password;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData || !accounts.accountsWithRole(Role.ADMIN).isEmpty() || accounts.exists(USERNAME)) {
            return;
        }
        check(password);
        accounts.open(new NewAccount(USERNAME, "系统管理员", null, null, Set.of(Role.ADMIN), null, password));
        log.info("Opened the first administrator account '{}'", USERNAME);
    }

    /** Why the first administrator cannot be opened with this password, as the installer reads it in the log. */
    static void check(String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No administrator exists yet and PLATFORM_ADMIN_PASSWORD is not set: "
                    + "set it to the first administrator's password (account '" + USERNAME + "') and start again. "
                    + "Rule: " + PasswordPolicy.RULE_EN);
        }
        if (!PasswordPolicy.satisfied(USERNAME, password)) {
            throw new IllegalStateException("PLATFORM_ADMIN_PASSWORD is too weak for the first administrator "
                    + "(account '" + USERNAME + "'): " + PasswordPolicy.RULE_EN + ". Set a stronger one and start "
                    + "again.");
        }
    }
}
