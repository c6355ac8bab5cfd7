package org.cppcc.platform.calendar;

public enum DayKind {
    /** 法定节假日: a day off, even on a weekday */
    HOLIDAY,
    /** 调休上班: a working day, even on a weekend */
    WORKDAY
}
