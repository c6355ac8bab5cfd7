/**
 * Import of the roster from an Excel file (.xlsx): members with their logins, handling units with their contacts'
 * and leaders' accounts, and other accounts. A dry run lists every row's problems; the import itself is all or
 * nothing. Writes go through the owners' public APIs (organisation, account, supervision) in one transaction.
 */
@ApplicationModule(
        displayName = "名册导入",
        allowedDependencies = {"account", "organisation", "supervision", "shared"})
package org.cppcc.platform.importing;

import org.springframework.modulith.ApplicationModule;
