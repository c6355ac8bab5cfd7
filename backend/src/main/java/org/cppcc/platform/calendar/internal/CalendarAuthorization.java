package org.cppcc.platform.calendar.internal;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CalendarAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/admin/holidays/**").hasRole(Role.ADMIN.name());
    }
}
