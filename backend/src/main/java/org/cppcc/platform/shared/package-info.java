/**
 * What every capability uses: the API's error model, paging, the injectable clock and web plumbing.
 * Open so that each module may use its parts directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.cppcc.platform.shared;

import org.springframework.modulith.ApplicationModule;
