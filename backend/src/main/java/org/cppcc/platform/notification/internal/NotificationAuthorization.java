package org.cppcc.platform.notification.internal;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone signed in has a notification centre; the service scopes it to the caller. */
@Component
class NotificationAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/notifications", "/api/notifications/**").authenticated();
    }
}
