package org.cppcc.platform.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock: the system clock moved by an offset. The offset is zero in normal use; tests and
 * the demo switch move it so that deadlines pass without waiting. The offset belongs to this JVM only.
 */
public class AdjustableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(Clock base) {
        this.base = base;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    public Duration offset() {
        return offset;
    }

    public void setOffset(Duration offset) {
        this.offset = offset == null ? Duration.ZERO : offset;
    }

    /** Moves the clock so that it reads {@code target} now, and ticks on from there. */
    public void moveTo(Instant target) {
        this.offset = Duration.between(base.instant(), target);
    }

    public void reset() {
        this.offset = Duration.ZERO;
    }
}
