package org.cppcc.platform.supervision.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder scan on every node every few minutes ({@code platform.supervision.scan-interval}); the
 * reminder table's unique key makes the nodes' scans safe to overlap. {@code platform.supervision.scan-enabled}
 * turns it off (the tests run the scan themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReminderSchedule {

    private final ReminderScanner scanner;
    private final SupervisionProperties properties;

    ReminderSchedule(ReminderScanner scanner, SupervisionProperties properties) {
        this.scanner = scanner;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${platform.supervision.scan-interval:PT5M}",
            initialDelayString = "${platform.supervision.scan-initial-delay:PT20S}")
    void scan() {
        if (properties.scanEnabled()) {
            scanner.scan();
        }
    }
}
