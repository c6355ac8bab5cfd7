package org.cppcc.platform.account.internal;

import java.time.LocalDateTime;
import java.util.Set;

import org.cppcc.platform.account.Role;

/** An account as the administrator's screen shows it (never the password hash). */
record AccountView(
        long id,
        String username,
        String displayName,
        String phone,
        String email,
        Set<Role> roles,
        Long unitId,
        String unitName,
        boolean enabled,
        boolean locked,
        LocalDateTime createdAt) {

    static AccountView of(AccountRow a, LocalDateTime now) {
        return new AccountView(
                a.id,
                a.username,
                a.displayName,
                a.phone,
                a.email,
                a.roles,
                a.unitId,
                a.unitName,
                a.enabled,
                a.lockedAt(now),
                a.createdAt);
    }
}
