/**
 * What every capability uses: the API's error model, paging, the injectable clock and web plumbing.
 * Open so that each module may use its parts directly.
 */
@ApplicationModule(
        displayName = "公共基础",
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.cppcc.platform.shared;

import org.springframework.modulith.ApplicationModule;
