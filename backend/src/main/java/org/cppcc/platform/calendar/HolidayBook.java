package org.cppcc.platform.calendar;

import java.time.LocalDate;

/** Records public holidays and make-up working days. */
public interface HolidayBook {

    void declare(LocalDate day, DayKind kind, String name);

    /** How many holidays and make-up working days are entered for a year (the go-live checklist asks). */
    long entriesIn(int year);
}
