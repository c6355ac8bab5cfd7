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
 * wherever the demo committee is loaded) and the node is certainly alone (see {@link SingleNode}): the clock
 * is this JVM's, so on a database shared by several nodes moving it is refused. Moving it back forgets the
 * reminders recorded after the new time (they were sent in a future that has not come); then the reminder
 * scan runs at once.
 */
@RestController
@RequestMapping("/api/demo/clock")
class DemoClockController {

    static final String NOT_SINGLE_NODE = "演示时钟只能在单节点演示环境（内置数据库）中使用：时钟属于单个节点，多节点共用数据库时拨动它只会改变其中一个节点的时间";
    static final String SWITCHED_OFF = "演示时钟未开启";

    private final AdjustableClock clock;
    private final DeadlineReminders reminders;
    private final String refusal;

    DemoClockController(
            AdjustableClock clock,
            DeadlineReminders reminders,
            @Value("${platform.demo-clock:${platform.demo-data:false}}") boolean enabled,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.clock = clock;
        this.reminders = reminders;
        this.refusal = !enabled ? SWITCHED_OFF : !SingleNode.holds(databaseUrl) ? NOT_SINGLE_NODE : null;
    }

    record ClockView(
            LocalDateTime now, long offsetDays, boolean adjustable, String unavailableReason, Integer remindersSent) {}

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
        if (refusal != null) {
            throw new ApiException(ErrorCode.DEMO_CLOCK_UNAVAILABLE, refusal);
        }
        Duration before = clock.offset();
        Duration after = Duration.ofDays(move.offsetDays());
        clock.setOffset(after);
        if (after.compareTo(before) < 0) {
            reminders.forgetSentAfter(LocalDateTime.now(clock));
        }
        return state(reminders.scan());
    }

    private ClockView state(Integer sent) {
        return new ClockView(LocalDateTime.now(clock), clock.offset().toDays(), refusal == null, refusal, sent);
    }
}
