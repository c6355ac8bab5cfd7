package org.cppcc.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Deadline settings as types: working days and calendar months are read, counted and bound apart. */
class TermTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(() -> Map.of(
            LocalDate.parse("2026-10-01"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-02"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-05"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-06"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-07"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-10"), DayKind.WORKDAY));

    @Test
    void readsWorkingDaysAndCalendarMonths() {
        assertThat(Term.valueOf("P15D")).isEqualTo(new WorkingDays(15));
        assertThat(Term.valueOf("P3M")).isEqualTo(new CalendarMonths(3));
        assertThat(Term.valueOf("P1Y")).isEqualTo(new CalendarMonths(12));
        assertThat(Term.valueOf("P1Y6M")).isEqualTo(new CalendarMonths(18));
        assertThat(Term.valueOf(" p5d ")).isEqualTo(new WorkingDays(5));
        assertThat(new CalendarMonths(3).iso()).isEqualTo("P3M");
        assertThat(new WorkingDays(5).iso()).isEqualTo("P5D");
        for (String bad : new String[] {"P", "P2W", "P1M5D", "PT2H", "5", ""}) {
            assertThatThrownBy(() -> Term.valueOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMonthIsNotZeroDays() {
        LocalDate start = LocalDate.parse("2026-09-16");
        assertThat(Term.valueOf("P1M").dueFrom(start, calendar)).isEqualTo(LocalDate.parse("2026-10-16"));
        assertThat(Term.valueOf("P5D").dueFrom(start, calendar))
                .as("Thu 17, Fri 18, Mon 21, Tue 22, Wed 23")
                .isEqualTo(LocalDate.parse("2026-09-23"));
        assertThat(Term.valueOf("P3D").dueFrom(LocalDate.parse("2026-09-30"), calendar))
                .as("1-2 and 5-7 Oct off: Thu 8, Fri 9 and the make-up Saturday 10 Oct")
                .isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(Term.valueOf("P1M").dueFrom(LocalDate.parse("2026-09-05"), calendar))
                .as("5 Oct is a holiday: the next working day")
                .isEqualTo(LocalDate.parse("2026-10-08"));
    }

    record Settings(WorkingDays contact, Term reply) {}

    @Test
    void settingsBindByTypeAndRefuseMonthsWhereWorkingDaysAreMeant() {
        Settings settings = bind(Map.of("s.contact", "P15D", "s.reply", "P3M"));
        assertThat(settings.contact()).isEqualTo(new WorkingDays(15));
        assertThat(settings.reply()).isEqualTo(new CalendarMonths(3));
        assertThat(bind(Map.of("s.contact", "P15D", "s.reply", "P60D")).reply()).isEqualTo(new WorkingDays(60));
        assertThatThrownBy(() -> bind(Map.of("s.contact", "P1M", "s.reply", "P3M")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("Not a number of working days: \"P1M\"");
    }

    private static Settings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("s", Settings.class)
                .get();
    }
}
