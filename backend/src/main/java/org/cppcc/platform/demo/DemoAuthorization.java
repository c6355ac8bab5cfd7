package org.cppcc.platform.demo;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in may read the platform's date (the header shows a moved clock); only the administrator moves
 * it.
 */
@Component
class DemoAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/demo/clock")
                .authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/demo/clock")
                .hasRole("ADMIN");
    }
}
