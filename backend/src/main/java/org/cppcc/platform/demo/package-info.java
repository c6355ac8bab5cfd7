/**
 * Demo data for the embedded default: a fictional district committee (江湾区政协) with its session,
 * sectors, members, units, workstations and staff, created through the modules' own services.
 * Never enabled in the MySQL configuration.
 */
@ApplicationModule(
        displayName = "演示数据",
        allowedDependencies = {
            "account",
            "calendar",
            "consultation",
            "organisation",
            "proposal",
            "shared",
            "supervision"
        })
package org.cppcc.platform.demo;

import org.springframework.modulith.ApplicationModule;
