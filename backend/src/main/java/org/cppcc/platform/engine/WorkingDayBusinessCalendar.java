package org.cppcc.platform.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.cppcc.platform.calendar.Term;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;

/**
 * Resolves BPMN due dates in working days. {@code P5D} is five working days; {@code P3M} is three
 * calendar months, moved to the next working day when it falls on a day off; a time part
 * ({@code PT2H}) is plain elapsed time. A due date ends at the end of its day.
 */
class WorkingDayBusinessCalendar implements BusinessCalendar {

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
        if (description.startsWith("PT")) {
            return from.plus(Duration.parse(description));
        }
        Term term;
        try {
            term = Term.valueOf(description);
        } catch (IllegalArgumentException e) {
            throw new FlowableIllegalArgumentException("Unsupported working-day due date: " + description);
        }
        return endOfDay(term.dueFrom(from.toLocalDate(), calendar));
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
