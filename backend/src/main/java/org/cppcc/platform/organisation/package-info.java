/**
 * The committee's organisation: sessions, sectors, members, handling units, subdistricts, communities and
 * workstations. Other modules read it through {@link org.cppcc.platform.organisation.OrganisationDirectory}.
 */
@ApplicationModule(
        displayName = "组织机构",
        allowedDependencies = {"account", "calendar", "shared"})
package org.cppcc.platform.organisation;

import org.springframework.modulith.ApplicationModule;
