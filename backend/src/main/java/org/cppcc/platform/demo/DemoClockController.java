package org.cppcc.platform.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.cppcc.platform.shared.time.AdjustableClock;
import org.cppcc.platform.supervision.DeadlineReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo switch: the administrator moves the platform clock by whole days so that a person can watch
 * reminders go out and items fall overdue. On only where {@code platform.demo-clock} is true (by default
 * wherever the demo committee is loaded: the embedded default, never the mysql profile). Moving it runs
 * the reminder scan at once.
 */
@RestController
@RequestMapping("/api/demo/clock")
class DemoClockController {

    private final AdjustableClock clock;
    private final DeadlineReminders reminders;
    private final boolean enabled;

    DemoClockController(
            AdjustableClock clock,
            DeadlineReminders reminders,
            @Value("${platform.demo-clock:${platform.demo-data:false}}") boolean enabled) {
        this.clock = clock;
        this.reminders = reminders;
        this.enabled = enabled;
    }

    record ClockView(LocalDateTime now, long offsetDays, boolean adjustable, Integer remindersSent) {}

    record Move(
            @NotNull(message = "请填写偏移天数")
            @Min(value = -366, message = "偏移天数不能小于-366")
            @Max(value = 366, message = "偏移天数不能大于366")
            Integer offsetDays) {}

    @GetMapping
    ClockView state() {
        return state(null);
    }

    @PutMapping
    ClockView move(@Valid @RequestBody Move move) {
        if (!enabled) {
            throw new ApiException(ErrorCode.STATE_CONFLICT, "演示时钟未开启");
        }
        clock.setOffset(Duration.ofDays(move.offsetDays()));
        return state(reminders.scan());
    }

    private ClockView state(Integer sent) {
        return new ClockView(LocalDateTime.now(clock), clock.offset().toDays(), enabled, sent);
    }
}
