package org.cppcc.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.cppcc.platform.calendar.DayKind;
import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayBusinessCalendarTest {

    private final WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(
            new WorkingDayCalendar(() -> Map.of(
                    LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, LocalDate.parse("2026-10-02"), DayKind.HOLIDAY)),
            Clock.system(ZoneId.of("Asia/Shanghai")));

    @ParameterizedTest(name = "{1} from {0} is due {2}")
    @CsvSource({
        "2026-11-23T10:15, P5D, 2026-11-30T23:59:59",
        "2026-07-01T09:00, P3M, 2026-10-05T23:59:59",
        "2026-08-29T09:00, P1M, 2026-09-29T23:59:59",
        "2026-11-23T10:15, PT2H, 2026-11-23T12:15",
    })
    void resolvesDueDates(LocalDateTime from, String description, LocalDateTime expected) {
        assertThat(calendar.resolve(description, from)).isEqualTo(expected);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> calendar.resolve("five days", LocalDateTime.now()))
                .isInstanceOf(FlowableIllegalArgumentException.class);
    }
}
