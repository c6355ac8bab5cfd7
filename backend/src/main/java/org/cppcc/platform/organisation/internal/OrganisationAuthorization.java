package org.cppcc.platform.organisation.internal;

import org.cppcc.platform.account.ModuleAuthorization;
import org.cppcc.platform.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class OrganisationAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(
                        "/api/admin/sectors/**",
                        "/api/admin/units/**",
                        "/api/admin/workstations/**",
                        "/api/admin/members/**",
                        "/api/admin/subdistricts/**",
                        "/api/admin/communities/**")
                .hasRole(Role.ADMIN.name())
                // Sessions are kept by the administrator or the proposal office (issue #10).
                .requestMatchers("/api/committee/sessions/**")
                .hasAnyRole(Role.ADMIN.name(), Role.PROPOSAL_OFFICE.name())
                .requestMatchers(HttpMethod.GET, "/api/organisation/**")
                .authenticated();
    }
}
