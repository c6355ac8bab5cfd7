package org.cppcc.platform.engine;

import java.time.Clock;

import org.cppcc.platform.calendar.WorkingDayCalendar;
import org.flowable.common.engine.impl.calendar.BusinessCalendarManager;
import org.flowable.common.engine.impl.calendar.MapBusinessCalendarManager;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FlowableEngineConfig {

    /** Name under which BPMN models refer to the working-day calendar. */
    static final String WORKING_DAY_CALENDAR = "workingDay";

    /**
     * The embedded H2 database runs in MySQL mode so that one set of migrations serves both databases;
     * Flowable would otherwise pick its H2 scripts, which that mode rejects.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> mysqlDialect() {
        return configuration -> configuration.setDatabaseType("mysql");
    }

    /** The platform's own schema (Flyway) is in place before the engine starts. */
    @Bean
    static BeanFactoryPostProcessor engineAfterFlyway() {
        return beanFactory -> {
            for (String name : new String[] {"processEngine", "processEngineConfiguration"}) {
                if (beanFactory.containsBeanDefinition(name)
                        && beanFactory.containsBeanDefinition("flywayInitializer")) {
                    beanFactory.getBeanDefinition(name).setDependsOn("flywayInitializer");
                }
            }
        };
    }

    @Bean
    SmartInitializingSingleton workingDayBusinessCalendar(
            ProcessEngine engine, WorkingDayCalendar calendar, Clock clock) {
        return () -> {
            BusinessCalendarManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getBusinessCalendarManager();
            ((MapBusinessCalendarManager) manager)
                    .addBusinessCalendar(WORKING_DAY_CALENDAR, new WorkingDayBusinessCalendar(calendar, clock));
        };
    }
}
