package org.cppcc.platform.document.internal;

import static org.springframework.http.HttpMethod.GET;

import org.cppcc.platform.account.ModuleAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may download documents. Which record is checked by the proposal module: a proposal's papers go to whoever
 * may read the proposal, a unit's 交办清单 to the office, leaders and that unit, a 汇编 to the office and leaders.
 */
@Component
class DocumentAuthorization implements ModuleAuthorization {

    @Override
    public void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/api/documents/proposals/**", "/api/documents/replies/**")
                .hasAnyRole("MEMBER", "PROPOSAL_OFFICE", "LEADER", "HANDLING_UNIT")
                .requestMatchers("/api/documents/templates", "/api/documents/templates/**")
                .hasAnyRole("PROPOSAL_OFFICE", "ADMIN")
                .requestMatchers(GET, "/api/documents/units/**", "/api/documents/batches/**")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER", "HANDLING_UNIT")
                .requestMatchers(GET, "/api/documents/sessions/**")
                .hasAnyRole("PROPOSAL_OFFICE", "LEADER");
    }
}
