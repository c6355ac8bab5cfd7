/**
 * Working days: weekends and public holidays are off, make-up days (调休) on a weekend are on. Deadlines of
 * both lifecycles, and Flowable's due dates, are counted with {@link org.cppcc.platform.calendar.WorkingDayCalendar}.
 */
@ApplicationModule(
        displayName = "工作日历",
        allowedDependencies = {"account", "shared"})
package org.cppcc.platform.calendar;

import org.springframework.modulith.ApplicationModule;
