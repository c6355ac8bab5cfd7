package org.cppcc.platform.calendar;

import java.time.LocalDate;

/** A deadline of so many calendar months ({@code P3M}), moved to the next working day when it falls on a day off. */
public record CalendarMonths(int count) implements Term {

    public CalendarMonths {
        if (count < 0) {
            throw new IllegalArgumentException("Months must not be negative: " + count);
        }
    }

    public static CalendarMonths valueOf(String iso) {
        if (Term.valueOf(iso) instanceof CalendarMonths months) {
            return months;
        }
        throw new IllegalArgumentException("Not a number of calendar months: \"" + iso + "\" (write e.g. P3M)");
    }

    @Override
    public LocalDate dueFrom(LocalDate start, WorkingDayCalendar calendar) {
        return calendar.onOrNextWorkingDay(start.plusMonths(count));
    }

    @Override
    public String iso() {
        return "P" + count + "M";
    }

    @Override
    public String toString() {
        return iso();
    }
}
