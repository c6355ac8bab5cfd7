package org.cppcc.platform.calendar;

import java.time.LocalDate;

/** A deadline of so many working days ({@code P5D}): weekends and holidays do not count, make-up workdays do. */
public record WorkingDays(int count) implements Term {

    public WorkingDays {
        if (count < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + count);
        }
    }

    /** Only working days: a setting of this type refuses {@code P1M}, which would otherwise count as 0 days. */
    public static WorkingDays valueOf(String iso) {
        if (Term.valueOf(iso) instanceof WorkingDays days) {
            return days;
        }
        throw new IllegalArgumentException("Not a number of working days: \"" + iso + "\" (write e.g. P15D)");
    }

    @Override
    public LocalDate dueFrom(LocalDate start, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(start, count);
    }

    @Override
    public String iso() {
        return "P" + count + "D";
    }

    @Override
    public String toString() {
        return iso();
    }
}
