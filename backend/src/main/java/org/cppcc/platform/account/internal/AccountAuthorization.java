package org.cppcc.platform.account.internal;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class AccountAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/auth/csrf")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/auth/login")
                .permitAll()
                .requestMatchers("/api/auth/**")
                .authenticated()
                .requestMatchers("/api/admin/accounts/**")
                .hasRole(Role.ADMIN.name());
    }
}
