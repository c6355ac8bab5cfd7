package org.cppcc.platform.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * On a shared MariaDB server the test schema outlives a run: empty it once per test JVM, so that each
 * run starts as a new installation does.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "platform.clean-database-on-start", havingValue = "true")
public class CleanDatabaseOnStart {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
