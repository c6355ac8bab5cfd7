package org.cppcc.platform.statistics.internal;

/** Percentages as the board shows them: one decimal, none when nothing was there to count. */
final class Rates {

    private Rates() {}

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
