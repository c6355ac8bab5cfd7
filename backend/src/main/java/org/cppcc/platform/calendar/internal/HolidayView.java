package org.cppcc.platform.calendar.internal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.cppcc.platform.calendar.DayKind;

record HolidayView(long id, @JsonProperty("day") LocalDate holidayDate, DayKind kind, String name) {}
