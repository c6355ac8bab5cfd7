/**
 * Flowable wiring shared by both lifecycles: the database type, the order against Flyway, and the
 * working-day business calendar that BPMN due dates and timers name as {@code workingDay}.
 */
@ApplicationModule(
        displayName = "流程引擎",
        allowedDependencies = {"calendar"})
package org.cppcc.platform.engine;

import org.springframework.modulith.ApplicationModule;
