package org.cppcc.platform.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a deadline runs, as the settings write it in ISO-8601: {@code P10D} is ten working days,
 * {@code P3M} three calendar months (a year is twelve). The two are different types because they are counted
 * differently: {@code Period.parse("P1M").getDays()} is 0, and a month is not a number of days.
 */
public sealed interface Term permits WorkingDays, CalendarMonths {

    /** The day the deadline falls on, counted from {@code start} (the start day itself not counted). */
    LocalDate dueFrom(LocalDate start, WorkingDayCalendar calendar);

    /** The ISO-8601 form, as BPMN due dates take it (resolved by the engine's working-day calendar). */
    String iso();

    /** Working days ({@code P10D}) or calendar months and years ({@code P3M}, {@code P1Y6M}); nothing else. */
    static Term valueOf(String iso) {
        String text = iso.strip().toUpperCase(Locale.ROOT);
        Matcher days = Pattern.compile("P(\\d+)D").matcher(text);
        if (days.matches()) {
            return new WorkingDays(Integer.parseInt(days.group(1)));
        }
        Matcher months = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?").matcher(text);
        if (months.matches() && text.length() > 1) {
            int years = months.group(1) == null ? 0 : Integer.parseInt(months.group(1));
            int rest = months.group(2) == null ? 0 : Integer.parseInt(months.group(2));
            return new CalendarMonths(years * 12 + rest);
        }
        throw new IllegalArgumentException(
                "Not a deadline: \"" + iso + "\" (working days as P10D, or calendar months as P3M or P1Y)");
    }
}
