package org.cppcc.platform.account.internal;

import java.util.Locale;

/**
 * Usernames are kept in lower case: MySQL's collation compares them without case and H2 with it, so
 * only one spelling may ever reach the database.
 */
final class Usernames {

    private Usernames() {}

    static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
