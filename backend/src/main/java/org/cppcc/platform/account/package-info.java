/**
 * Accounts, roles, login and the security wiring. Other modules declare their own URL rules through
 * {@link org.cppcc.platform.account.ModuleAuthorization} and read the acting user through
 * {@link org.cppcc.platform.account.CurrentUser}.
 */
@ApplicationModule(
        displayName = "账户与安全",
        allowedDependencies = {"shared"})
package org.cppcc.platform.account;

import org.springframework.modulith.ApplicationModule;
