package org.cppcc.platform.importing.internal;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The roster, units and accounts are kept by the administrator (see OrganisationAuthorization): so is the import. */
@Component
class ImportAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/admin/imports/**").hasRole(Role.ADMIN.name());
    }
}
