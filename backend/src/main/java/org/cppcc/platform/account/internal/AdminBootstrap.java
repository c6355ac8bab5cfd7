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
 * with the password given in PLATFORM_ADMIN_PASSWORD, once, when no such account exists.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountManagement accounts;
    private final String password;

    AdminBootstrap(AccountManagement accounts, @Value("${platform.bootstrap-admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank() || accounts.exists("admin")) {
            return;
        }
        accounts.open(new NewAccount("admin", "系统管理员", null, null, Set.of(Role.ADMIN), null, password));
        log.info("Opened the first administrator account 'admin'");
    }
}
