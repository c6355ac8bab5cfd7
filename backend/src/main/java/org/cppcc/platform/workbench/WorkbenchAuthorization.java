package org.cppcc.platform.workbench;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class WorkbenchAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/workbench/**")
                .authenticated()
                .requestMatchers("/api/admin/go-live")
                .hasRole(Role.ADMIN.name());
    }
}
