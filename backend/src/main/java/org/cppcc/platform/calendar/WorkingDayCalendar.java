package org.cppcc.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts working days over the holidays table. The table is read once and read again after an
 * administrator changes it.
 */
public class WorkingDayCalendar {

    private final Supplier<Map<LocalDate, DayKind>> loader;
    private volatile Map<LocalDate, DayKind> specialDays;

    public WorkingDayCalendar(Supplier<Map<LocalDate, DayKind>> loader) {
        this.loader = loader;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind special = specialDays().get(day);
        if (special != null) {
            return special == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The day on which a deadline of {@code days} working days, counted from the day after {@code start}, falls. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public void reload() {
        specialDays = null;
    }

    private Map<LocalDate, DayKind> specialDays() {
        Map<LocalDate, DayKind> days = specialDays;
        if (days == null) {
            days = Map.copyOf(loader.get());
            specialDays = days;
        }
        return days;
    }
}
