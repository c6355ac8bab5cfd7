package org.cppcc.platform.account.internal;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;

import org.cppcc.platform.account.PlatformUser;
import org.cppcc.platform.account.Role;

/** A row of app_account with its roles. */
public class AccountRow {
    public Long id;
    public String username;
    public String passwordHash;
    public String displayName;
    public String phone;
    public String email;
    public Long unitId;
    public String unitName;
    public Long memberId;
    public boolean enabled;
    public int failedLogins;
    public LocalDateTime lockedUntil;
    public LocalDateTime passwordChangedAt;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
    public Set<Role> roles = new TreeSet<>();

    public PlatformUser toUser() {
        return new PlatformUser(id, username, displayName, Set.copyOf(roles), unitId);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
