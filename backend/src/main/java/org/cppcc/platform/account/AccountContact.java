package org.cppcc.platform.account;

/** Who an account is and how to reach them, for notifications; {@code email} and {@code phone} may be null. */
public record AccountContact(
        long id, String username, String displayName, String email, String phone, Long unitId, boolean enabled) {}
