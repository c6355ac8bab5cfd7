package org.cppcc.platform.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform reads the time only through this clock, so that tests (and a demo switch) can move it. */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    AdjustableClock clock(@Value("${platform.time-zone:Asia/Shanghai}") String zone) {
        return new AdjustableClock(Clock.system(ZoneId.of(zone)));
    }
}
