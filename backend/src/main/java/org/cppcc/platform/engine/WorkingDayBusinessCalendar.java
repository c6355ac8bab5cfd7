package org.cppcc.platform.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;

/**
 * Resolves BPMN due dates in working days. {@code P5D} is five working days; {@code P3M} is three
 * calendar months, moved to the next working day when it falls on a day off; a time part
 * ({@code PT2H}) is plain elapsed time. A due date ends at the end of its day.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {

    private static final Pattern DAYS = Pattern.compile("^P(\\d+)D$");
    private static final Pattern MONTHS_OR_YEARS = Pattern.compile("^P(\\d+Y)?(\\d+M)?$");

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    WorkingDayBusinessCalendar(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, -1);
    }

    @Override
    public Date resolveDuedate(String description, int maxIterations) {
        return toDate(resolve(description.strip(), LocalDateTime.now(clock)));
    }

    LocalDateTime resolve(String description, LocalDateTime from) {
        Matcher days = DAYS.matcher(description);
        if (days.matches()) {
            return endOfDay(calendar.addWorkingDays(from.toLocalDate(), Integer.parseInt(days.group(1))));
        }
        Matcher months = MONTHS_OR_YEARS.matcher(description);
        if (months.matches() && description.length() > 1) {
            LocalDate target = from.toLocalDate().plus(Period.parse(description));
            return endOfDay(calendar.onOrNextWorkingDay(target));
        }
        if (description.startsWith("PT")) {
            return from.plus(Duration.parse(description));
        }
        throw new FlowableIllegalArgumentException("Unsupported working-day due date: " + description);
    }

    @Override
    public Boolean validateDuedate(String description, int maxIterations, Date endDate, Date newTimer) {
        return endDate == null || !newTimer.after(endDate);
    }

    @Override
    public Date resolveEndDate(String endDate) {
        return toDate(LocalDateTime.parse(endDate));
    }

    private static LocalDateTime endOfDay(LocalDate day) {
        return day.atTime(23, 59, 59);
    }

    private Date toDate(LocalDateTime time) {
        return Date.from(ZonedDateTime.of(time, clock.getZone()).toInstant());
    }
}
