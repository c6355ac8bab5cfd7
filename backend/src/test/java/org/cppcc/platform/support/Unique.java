package org.cppcc.platform.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names, codes and usernames no other test uses in this run, so that tests may run in any order and on
 * a database whose data persists for the whole run (MariaDB).
 */
public final class Unique {

    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000L, 36);

    private Unique() {}

    /** A short token of letters and digits, e.g. {@code k3x7a2}; valid in codes and usernames. */
    public static String token() {
        return RUN + Long.toString(COUNTER.incrementAndGet(), 36);
    }

    /** A code for sectors and units: letters and digits, well under 32 characters. */
    public static String code(String prefix) {
        return prefix + token();
    }

    /** A day far from the demo holidays (2026) that no other test declares in this run. */
    public static LocalDate day() {
        return LocalDate.of(2092, 1, 1).plusDays(COUNTER.incrementAndGet());
    }

    /** A username: starts with a letter, letters and digits only. */
    public static String username(String prefix) {
        return prefix + token();
    }
}
