/** What each role sees first after login; later capabilities add their todo lists here. */
@ApplicationModule(
        displayName = "工作台",
        allowedDependencies = {"account", "calendar", "organisation", "supervision"})
package org.cppcc.platform.workbench;

import org.springframework.modulith.ApplicationModule;
