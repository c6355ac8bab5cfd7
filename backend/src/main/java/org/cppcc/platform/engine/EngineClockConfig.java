package org.cppcc.platform.engine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine reads the platform's clock too: task create times, due timers and the async executor's timer
 * acquisition follow it, so that a moved clock (tests, the demo switch) makes timers fire as deadlines pass.
 */
@Configuration(proxyBeanMethods = false)
class EngineClockConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> platformClock(Clock clock) {
        return configuration -> configuration.setClock(new PlatformEngineClock(clock));
    }

    /** Flowable's clock over the platform clock; setting it is refused, the platform clock is the only source. */
    static final class PlatformEngineClock
            implements org.flowable.common.engine.impl.runtime.Clock { // two types named Clock

        private final Clock clock;

        PlatformEngineClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void setCurrentTime(Date currentTime) {
            throw new UnsupportedOperationException("The engine follows the platform clock");
        }

        @Override
        public void setCurrentCalendar(Calendar currentTime) {
            throw new UnsupportedOperationException("The engine follows the platform clock");
        }

        @Override
        public void reset() {
            // nothing to reset: the platform clock is read each time
        }

        @Override
        public Date getCurrentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public Calendar getCurrentCalendar() {
            return getCurrentCalendar(getCurrentTimeZone());
        }

        @Override
        public Calendar getCurrentCalendar(TimeZone timeZone) {
            Calendar calendar = Calendar.getInstance(timeZone);
            calendar.setTime(getCurrentTime());
            return calendar;
        }

        @Override
        public TimeZone getCurrentTimeZone() {
            ZoneId zone = clock.getZone();
            return TimeZone.getTimeZone(zone);
        }
    }
}
