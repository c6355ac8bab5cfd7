package org.cppcc.platform.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares, in one place, which roles may call its endpoints. The security configuration
 * collects every declaration; an {@code /api/} path that no module declares is refused.
 */
public interface ModuleAuthorization {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
