package org.cppcc.platform.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other's events with {@code @ApplicationModuleListener}s, which run asynchronously after
 * the publishing transaction commits, on Boot's task executor ({@code spring.task.execution.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfig {}
