package org.cppcc.platform.account;

import java.util.Set;

/** What another module (or the demo data) gives to open an account. */
public record NewAccount(
        String username,
        String displayName,
        String phone,
        String email,
        Set<Role> roles,
        Long unitId,
        String password) {}
