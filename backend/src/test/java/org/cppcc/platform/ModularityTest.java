package org.cppcc.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules only use each other's published API (no reach into another module's internal package) and form no
 * cycle.
 */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(CppccPlatformApplication.class).verify();
    }
}
